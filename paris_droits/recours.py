"""Take-up shared by the synthetic sample and the non-recourse estimator.

- Planted non-take-up rates are parameters (parameters/communs/recours/<slug>.yaml, with
  their source); an aid without its own file uses `par_defaut`.
- Observed receipt of an aid is the column `percoit_<slug>` of the households table
  (amount received, 0 when not received; a bool column is accepted too).
- Non-cumulable aids (registry `cumul.exclusions`, read symmetrically): a household eligible
  to several of them is counted, for take-up, only for the most favourable one (highest
  annual amount, then registry order), the one a social worker would propose. Both the
  generator and the estimator use this rule, so planted and measured rates agree.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits import catalogue

PREFIXE_PERCOIT = "percoit_"


def colonne_percoit(slug: str) -> str:
    return f"{PREFIXE_PERCOIT}{slug}"


def taux_non_recours(slug: str, periode: str) -> tuple[float, str]:
    """(planted non-take-up rate, parameter name) for an aid at a period."""
    from paris_droits import systeme

    noeud = systeme().parameters.communs.recours
    nom = slug if slug in noeud.children else "par_defaut"
    return float(noeud.children[nom](periode)), f"communs.recours.{nom}"


def partenaires_non_cumulables(aides=None) -> dict[str, set[str]]:
    """Symmetric closure of the registry's cumul exclusions, restricted to known slugs."""
    aides = catalogue.aides() if aides is None else aides
    slugs = {a.slug for a in aides}
    partenaires = {a.slug: set() for a in aides}
    for aide in aides:
        for autre in aide.exclusions:
            if autre in slugs and autre != aide.slug:
                partenaires[aide.slug].add(autre)
                partenaires[autre].add(aide.slug)
    return partenaires


def eligibilite_retenue(resultats: pd.DataFrame, aides=None) -> dict[str, np.ndarray]:
    """Per aid: eligible with a positive amount AND the most favourable of the household's
    eligible non-cumulable aids (a household whose computed amount is zero has nothing to claim)."""
    aides = catalogue.aides() if aides is None else aides
    rang = {a.slug: i for i, a in enumerate(aides)}
    partenaires = partenaires_non_cumulables(aides)
    annuel = {a.slug: resultats[f"{a.slug}_annuel"].to_numpy(dtype=np.float64) for a in aides}
    eligible = {a.slug: resultats[f"{a.slug}_eligible"].to_numpy(dtype=bool) & (annuel[a.slug] > 0) for a in aides}
    retenue = {}
    for aide in aides:
        garde = eligible[aide.slug].copy()
        for autre in partenaires[aide.slug]:
            bat = (annuel[autre] > annuel[aide.slug]) | (
                (annuel[autre] == annuel[aide.slug]) & (rang[autre] < rang[aide.slug])
            )
            garde &= ~(eligible[autre] & bat)
        retenue[aide.slug] = garde
    return retenue


def perception(menages: pd.DataFrame, slug: str) -> np.ndarray | None:
    """Observed receipt as a bool array, or None when the sample does not observe this aid."""
    colonne = colonne_percoit(slug)
    if colonne not in menages.columns:
        return None
    valeurs = menages[colonne]
    if pd.api.types.is_bool_dtype(valeurs):
        return valeurs.fillna(False).to_numpy(dtype=bool)
    return pd.to_numeric(valeurs, errors="coerce").fillna(0).to_numpy(dtype=np.float64) > 0
