"""A household in the web form's terms: a fiche ménage whose facts are all given by their variable's name.

- `normaliser(fiche)`: the blocks of a fiche (`logement`, `caf`, `impots`, a person's `revenus` and
  `prestations`) written out as the variables they stand for, with the lines a present block leaves out
  set to 0 as the fiche's rules say: the same household, each fact in one place.
- `situation_vers_fiche(situation, periode)`: an OpenFisca situation as such a fiche, with the list of
  what could not be carried over (values of other months, a household of several).
Both keep the fiche's meaning: `evaluer` gives the same result on either form (tested on every shipped
example).
"""

from __future__ import annotations

import copy

from paris_droits.menage.fiche import BLOCS_MENAGE, BLOCS_PERSONNE, DEFAUTS_BLOCS, NE_SAIT_PAS
from paris_droits.regles.systeme import systeme

ROLES_ADULTES = (("personne_de_reference", None), ("conjoint", "conjoint"), ("autres", "autre"))
STRUCTURE_PERSONNE = ("prenom", "date_naissance", "age", "lien", NE_SAIT_PAS)


def arrondissement_de(depcom) -> int | None:
    """12 for « 75112 »; None for a code outside Paris."""
    texte = str(depcom)
    if len(texte) == 5 and texte.startswith("751") and texte[3:].isdigit() and 1 <= int(texte[3:]) <= 20:
        return int(texte[3:])
    return None


def _personne_normalisee(personne: dict) -> dict:
    resultat = {}
    for cle, valeur in personne.items():
        if cle in BLOCS_PERSONNE:
            contenu = valeur or {}
            resultat.update({nom: contenu.get(nom, 0) for nom in BLOCS_PERSONNE[cle]})
        else:
            resultat[cle] = valeur
    return resultat


def normaliser(fiche: dict) -> dict:
    """The fiche with its blocks written out as variables (a block present: its missing lines are 0).
    The fiche is assumed valid (read by evaluer first)."""
    resultat: dict = {}
    for cle, valeur in fiche.items():
        if cle in BLOCS_MENAGE:
            contenu = {**DEFAUTS_BLOCS.get(cle, {}), **(valeur or {})}
            resultat.update({BLOCS_MENAGE[cle][nom]: v for nom, v in contenu.items()})
        elif cle in ("adultes", "enfants"):
            resultat[cle] = [_personne_normalisee(p) for p in valeur or []]
        elif cle == "depcom" and arrondissement_de(valeur) is not None:
            resultat["arrondissement"] = arrondissement_de(valeur)
        elif cle == "anciennete_residence_paris":
            resultat["annees_residence_paris"] = valeur
        else:
            resultat[cle] = copy.deepcopy(valeur)
    return resultat


def _valeur_du_mois(valeurs, periode: str, variable, qui: str, non_repris: list[str]):
    """The value of the computed month (or the only, ETERNITY one). A value given for the year holding
    the month counts as OpenFisca reads it: the same each month, or a twelfth for an amount its
    `set_input` divides. Values of other months are reported as not carried over."""
    if not isinstance(valeurs, dict):
        return None
    if "ETERNITY" in valeurs:
        return valeurs["ETERNITY"]
    annee = periode[:4]
    valeur = valeurs.get(periode)
    if valeur is None and valeurs.get(annee) is not None:
        valeur = valeurs[annee]
        if variable is not None and "divide" in getattr(variable.set_input, "__name__", "") and not isinstance(valeur, bool):
            valeur = valeur / 12
    autres = sorted(m for m, v in valeurs.items() if m not in (periode, annee) and v is not None)
    if autres:
        non_repris.append(f"{getattr(variable, 'name', '?')} de {qui} pour {', '.join(autres)} "
                          f"(seule la valeur de {periode} est reprise)")
    return valeur


def _faits(attributs: dict, periode: str, qui: str, non_repris: list[str], tbs, ignorer=()) -> dict:
    faits = {}
    for nom, valeurs in attributs.items():
        if nom in ignorer:
            continue
        valeur = _valeur_du_mois(valeurs, periode, tbs.variables.get(nom), qui, non_repris)
        if valeur is not None:
            faits[nom] = valeur
    return faits


def situation_vers_fiche(situation: dict, periode: str, tbs=None) -> tuple[dict, list[str]]:
    """A validated one-household situation as a fiche ménage for `periode`, and what was not carried over."""
    tbs = tbs or systeme()
    non_repris: list[str] = []
    individus = situation.get("individus") or {}
    menages = situation.get("menages") or {}
    nom_menage, menage = next(iter(menages.items()))
    fiche: dict = {"periode": periode, "adultes": [], "enfants": []}
    for role, lien in ROLES_ADULTES:
        for identifiant in menage.get(role) or []:
            personne = _faits(individus.get(identifiant) or {}, periode, identifiant, non_repris, tbs)
            if lien is not None:
                personne["lien"] = lien
            fiche["adultes"].append(personne)
    for identifiant in menage.get("enfants") or []:
        fiche["enfants"].append(_faits(individus.get(identifiant) or {}, periode, identifiant, non_repris, tbs))
    faits = _faits(menage, periode, f"ménage « {nom_menage} »", non_repris, tbs,
                   ignorer=("personne_de_reference", "conjoint", "enfants", "autres"))
    for nom, valeur in faits.items():
        if nom == "depcom" and arrondissement_de(valeur) is not None:
            fiche["arrondissement"] = arrondissement_de(valeur)
        elif nom == "anciennete_residence_paris":
            fiche["annees_residence_paris"] = valeur
        else:
            fiche[nom] = valeur
    return fiche, non_repris
