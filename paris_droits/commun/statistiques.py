"""Weighted statistics shared by the policy reports: the household bootstrap and weighted deciles.

The bootstrap resamples households, never aids or groups: one replicate × household matrix of
multinomial counts is drawn per seed, and every statistic of a report (totals, rates, amounts,
group figures) is computed from that same draw, so intervals of related figures are consistent.
The non-recourse estimator (paris_droits.non_recours.estimation) and the reform comparison
(paris_droits.reformes.comparaison) both use it.
"""

from __future__ import annotations

import numpy as np

CELLULES_PAR_BLOC = 4_000_000  # replicate × household cells held at once by the bootstrap
FLUX_BOOTSTRAP = 5  # second word of the seed sequence: the bootstrap's own random stream


def bootstrap(matrice: np.ndarray, replicats: int, graine: int, groupes: list[np.ndarray] | None = None):
    """Bootstrap totals of each column over households.

    Each replicate resamples the n households with replacement: n households drawn uniformly,
    counted, which gives multinomial counts (n, 1/n), one row of a replicate × household matrix;
    totals are that matrix times `matrice` (n households × columns of per-household contributions,
    already weighted). Returns the (replicats, columns) totals, and for each index array in
    `groupes` the totals restricted to those households. Deterministic for a given seed; blocks
    of replicates bound the memory used and do not change the draw.
    """
    n = matrice.shape[0]
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([graine, FLUX_BOOTSTRAP])))
    totaux = np.empty((replicats, matrice.shape[1]))
    par_groupe = [np.empty((replicats, matrice.shape[1])) for _ in groupes or ()]
    bloc = max(1, CELLULES_PAR_BLOC // max(n, 1))
    for debut in range(0, replicats, bloc):
        fin = min(replicats, debut + bloc)
        tires = rng.integers(0, n, size=(fin - debut, n)) + n * np.arange(fin - debut)[:, None]
        comptes = np.bincount(tires.ravel(), minlength=(fin - debut) * n).reshape(fin - debut, n).astype(np.float64)
        totaux[debut:fin] = comptes @ matrice
        for sortie, index in zip(par_groupe, groupes or (), strict=True):
            sortie[debut:fin] = comptes[:, index] @ matrice[index]
    return totaux, par_groupe


def intervalle(valeurs: np.ndarray) -> tuple[float, float] | None:
    """95 % percentile interval of bootstrap replicates (non-finite replicates left out); None if none."""
    valeurs = np.asarray(valeurs, dtype=np.float64)
    valeurs = valeurs[np.isfinite(valeurs)]
    if len(valeurs) == 0:
        return None
    bas, haut = np.percentile(valeurs, [2.5, 97.5])
    return float(bas), float(haut)


def deciles_ponderes(valeurs: np.ndarray, poids: np.ndarray) -> np.ndarray:
    """Weighted decile (0 to 9) of each observation.

    Observations are ranked by value; an observation's decile is given by the share of the total
    weight strictly below its value (ties share one decile, as at a threshold of the distribution):
    decile d holds the observations whose value is at or above the d-th weighted decile threshold
    and below the next. Each decile then holds a tenth of the weight, up to ties.
    """
    valeurs = np.asarray(valeurs, dtype=np.float64)
    poids = np.asarray(poids, dtype=np.float64)
    if len(valeurs) == 0:
        return np.zeros(0, dtype=np.int64)
    ordre = np.argsort(valeurs, kind="stable")
    tries, poids_tries = valeurs[ordre], poids[ordre]
    cumul = np.concatenate([[0.0], np.cumsum(poids_tries)])
    total = cumul[-1]
    # Weight strictly below each distinct value: the cumulated weight at its first occurrence.
    premiers = np.searchsorted(tries, valeurs, side="left")
    part_dessous = cumul[premiers] / total if total > 0 else np.zeros(len(valeurs))
    return np.clip(np.floor(part_dessous * 10 + 1e-9), 0, 9).astype(np.int64)
