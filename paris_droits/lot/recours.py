"""Take-up shared by the synthetic sample and the non-recourse estimator.

- Planted non-take-up rates are parameters (parameters/communs/recours/<slug>.yaml, with
  their source); an aid without its own file uses `par_defaut`.
- Observed receipt of an aid is the column `percoit_<slug>` of the households table
  (amount received, 0 when not received; a bool column is accepted too).
- Non-cumulable aids: the rules grant only the most favourable one (the others' amount is 0),
  so a household eligible to several counts, for take-up, once, for the aid a social worker
  would propose. The generator and the estimator both read it, so planted and measured rates agree.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits.catalogue import registre as catalogue
from paris_droits.regles.systeme import systeme

PREFIXE_PERCOIT = "percoit_"


def colonne_percoit(slug: str) -> str:
    return f"{PREFIXE_PERCOIT}{slug}"


def taux_non_recours(slug: str, periode: str) -> tuple[float, str]:
    """(planted non-take-up rate, parameter name) for an aid at a period."""
    noeud = systeme().parameters.communs.recours
    nom = slug if slug in noeud.children else "par_defaut"
    return float(noeud.children[nom](periode)), f"communs.recours.{nom}"


def eligibilite_retenue(resultats: pd.DataFrame, aides=None) -> dict[str, np.ndarray]:
    """Per aid: eligible with a positive amount. The rules already grant only the most favourable
    aid of a non-cumulable group (`aide_logement_ville_retenue`): the others' amount is 0, so a
    household counts once per group, for the aid a social worker would propose."""
    aides = catalogue.aides() if aides is None else aides
    return {
        a.slug: resultats[f"{a.slug}_eligible"].to_numpy(dtype=bool) & (resultats[f"{a.slug}_annuel"].to_numpy(dtype=np.float64) > 0)
        for a in aides
    }


def perception(menages: pd.DataFrame, slug: str) -> np.ndarray | None:
    """Observed receipt as a bool array, or None when the sample does not observe this aid."""
    colonne = colonne_percoit(slug)
    if colonne not in menages.columns:
        return None
    valeurs = menages[colonne]
    if pd.api.types.is_bool_dtype(valeurs):
        return valeurs.fillna(False).to_numpy(dtype=bool)
    return pd.to_numeric(valeurs, errors="coerce").fillna(0).to_numpy(dtype=np.float64) > 0


def montant_recu_annuel(menages: pd.DataFrame, aide) -> np.ndarray:
    """The observed received amount, yearly (0 when the column is a bool or absent)."""
    colonne = colonne_percoit(aide.slug)
    if colonne not in menages.columns or pd.api.types.is_bool_dtype(menages[colonne]):
        return np.zeros(len(menages))
    return pd.to_numeric(menages[colonne], errors="coerce").fillna(0).to_numpy(dtype=np.float64) * aide.facteur_annuel
