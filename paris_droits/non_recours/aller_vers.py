"""Outreach ("aller-vers") list: eligible households that do not receive aids they are entitled to.

One row per household with at least one unclaimed aid, ranked by the yearly amount it does not
claim; for each, the aids to propose (most valuable first) and the documents to ask for (the
registry's `donnees[].justificatif` of those aids). Identifiers only: `id_menage`, no other
personal data (no address, age, income or composition) leaves the sample.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits.non_recours.analyse import analyser

COLONNES = (
    "rang",
    "id_menage",
    "montant_non_reclame_annuel",
    "nombre_aides",
    "aides_a_proposer",
    "aides",
    "justificatifs_a_demander",
)
SEPARATEUR = " ; "


def justificatifs_de(aide) -> list[str]:
    """The documents to ask for an aid: its data items' supporting documents (registry), each once, in order."""
    vus = []
    for donnee in aide.donnees:
        if donnee.justificatif and donnee.justificatif not in vus:
            vus.append(donnee.justificatif)
    return vus


def liste(echantillon=None, periode: str | None = None, analyse=None) -> pd.DataFrame:
    """The outreach list of a sample (None = the embedded synthetic sample)."""
    if analyse is None:
        analyse = analyser(echantillon, periode)
    aides = [a for a in analyse.aides if analyse.perception[a.slug] is not None]
    n = len(analyse.menages)
    if not aides:
        return pd.DataFrame({c: [] for c in COLONNES})
    montants = np.zeros((n, len(aides)))
    for k, aide in enumerate(aides):
        non_recu = analyse.retenue[aide.slug] & ~analyse.perception[aide.slug]
        montants[:, k] = np.where(non_recu, analyse.resultats[f"{aide.slug}_annuel"].to_numpy(dtype=np.float64), 0.0)
    total = montants.sum(axis=1)
    lignes = np.flatnonzero(total > 0)
    ids = analyse.menages["id_menage"].to_numpy()[lignes]
    # Most valuable household first; equal amounts in id order, so the list is deterministic.
    ordre = np.lexsort((np.arange(len(lignes)), -np.round(total[lignes], 2)))
    lignes, ids = lignes[ordre], ids[ordre]
    sous = montants[lignes]
    ordre_aides = np.argsort(-sous, axis=1, kind="stable")
    libelles = [a.libelle for a in aides]
    slugs = [a.slug for a in aides]
    justificatifs = [justificatifs_de(a) for a in aides]
    textes_aides, textes_slugs, textes_pieces, nombres = [], [], [], []
    for rangee, ordre_ligne in zip(sous, ordre_aides, strict=True):
        choisies = [k for k in ordre_ligne if rangee[k] > 0]
        nombres.append(len(choisies))
        textes_aides.append(SEPARATEUR.join(libelles[k] for k in choisies))
        textes_slugs.append(",".join(slugs[k] for k in choisies))
        pieces = []
        for k in choisies:
            pieces += [p for p in justificatifs[k] if p not in pieces]
        textes_pieces.append(SEPARATEUR.join(pieces))
    return pd.DataFrame({
        "rang": np.arange(1, len(lignes) + 1, dtype=np.int64),
        "id_menage": ids,
        "montant_non_reclame_annuel": np.round(total[lignes], 2),
        "nombre_aides": np.array(nombres, dtype=np.int64),
        "aides_a_proposer": textes_aides,
        "aides": textes_slugs,
        "justificatifs_a_demander": textes_pieces,
    })
