"""The effect of a campaign and its 95 % confidence interval.

Per aid, the effect is the intention-to-treat difference of take-up rates, contacted arm minus
control arm, and its interval is Newcombe's hybrid score interval for a difference of two
independent proportions (Newcombe 1998, « Interval estimation for the difference between
independent proportions », Statistics in Medicine 17, method 10): it combines the two Wilson score
intervals, keeps good coverage with small arms and rates near 0 (a control arm's take-up often is),
and never leaves [-1, 1].

Overall, the effect is stratified by aid: the mean of the per-aid effects weighted by each aid's
number of households (both arms), i.e. the effect per household and aid proposed. A household
proposed several aids is in the same arm for all of them and its outcomes may be correlated, so the
variance is the linearised (sandwich) variance summed per household — the households, not the
(household, aid) pairs, are the independent units — and the interval is the normal one
(estimate ± 1.96 standard errors). The yearly euros caused use the same machinery with the weights
(contacted households × mean expected yearly amount) of each aid.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

Z95 = NormalDist().inv_cdf(0.975)


def wilson(succes: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion (n > 0)."""
    p = succes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    demi = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - demi), min(1.0, centre + demi)


def newcombe(succes_1: float, n_1: float, succes_2: float, n_2: float, z: float = Z95) -> tuple[float, float, float]:
    """(p1 - p2, lower, upper): Newcombe's hybrid score interval (method 10) of a difference of proportions."""
    p1, p2 = succes_1 / n_1, succes_2 / n_2
    l1, u1 = wilson(succes_1, n_1, z)
    l2, u2 = wilson(succes_2, n_2, z)
    difference = p1 - p2
    bas = difference - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    haut = difference + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return difference, max(-1.0, bas), min(1.0, haut)


def moyennes_par_strate(y: np.ndarray, contacte: np.ndarray, strate: np.ndarray, nombre_strates: int):
    """(counts, means) per stratum for the contacted arm and for the control arm."""
    n_c = np.bincount(strate[contacte], minlength=nombre_strates).astype(np.float64)
    n_t = np.bincount(strate[~contacte], minlength=nombre_strates).astype(np.float64)
    s_c = np.bincount(strate[contacte], weights=y[contacte], minlength=nombre_strates)
    s_t = np.bincount(strate[~contacte], weights=y[~contacte], minlength=nombre_strates)
    with np.errstate(invalid="ignore", divide="ignore"):
        return n_c, n_t, s_c / n_c, s_t / n_t


def combinaison(y, contacte, strate, menage, poids_strates) -> tuple[float, float]:
    """(Σ_s w_s (ȳ_contactés,s - ȳ_témoins,s), its standard error), the variance linearised and summed
    per household (see the module docstring). Strata lacking one arm must have a zero weight."""
    y = np.asarray(y, dtype=np.float64)
    contacte = np.asarray(contacte, dtype=bool)
    strate = np.asarray(strate, dtype=np.int64)
    menage = np.asarray(menage, dtype=np.int64)
    poids = np.asarray(poids_strates, dtype=np.float64)
    n_c, n_t, m_c, m_t = moyennes_par_strate(y, contacte, strate, len(poids))
    utiles = (n_c > 0) & (n_t > 0) & (poids != 0)
    poids = np.where(utiles, poids, 0.0)
    estimation = float(np.sum(poids[utiles] * (m_c[utiles] - m_t[utiles])))
    effectif = np.where(contacte, n_c[strate], n_t[strate])
    moyenne = np.where(contacte, m_c[strate], m_t[strate])
    with np.errstate(invalid="ignore", divide="ignore"):
        influence = np.where(poids[strate] != 0, poids[strate] * (y - moyenne) / effectif, 0.0)
    influence = np.where(contacte, influence, -influence)
    variance = 0.0
    for bras in (contacte, ~contacte):
        menages = menage[bras]
        if len(menages) == 0:
            continue
        codes, rangs = np.unique(menages, return_inverse=True)
        contributions = np.bincount(rangs, weights=influence[bras], minlength=len(codes))
        if len(codes) > 1:
            variance += len(codes) / (len(codes) - 1) * float(np.sum(contributions**2))
    return estimation, math.sqrt(variance)


def intervalle_normal(estimation: float, erreur_type: float, z: float = Z95) -> tuple[float, float]:
    return estimation - z * erreur_type, estimation + z * erreur_type
