"""The "fiche ménage": a short, human-writable description of one household,
mapped onto an OpenFisca situation.

A social worker types what she knows. What she does not give stays unknown and
surfaces as `a_verifier` in the evaluation, never as a silent zero: a block
(`revenus`, `logement`, `caf`, `impots`) that is present counts as complete
(missing lines inside it are 0); a block that is absent is unknown.

See docs/travailleurs-sociaux.md for a complete example.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

from paris_droits.catalogue.registre import slugs
from paris_droits.commun.erreurs import ErreurEntree, suggestion
from paris_droits.commun.periodes import mois_suivant
from paris_droits.menage.situation import ROLES, lire_date, valider_valeur
from paris_droits.regles.bornes import AGE_MAX
from paris_droits.regles.couverture import fin_du_mois

RESSOURCES = (
    "salaire_net",
    "chomage_net",
    "retraite_nette",
    "pensions_invalidite",
    "pensions_alimentaires_percues",
    "autres_revenus",
)
PRESTATIONS_INDIVIDUELLES = ("aah", "aspa")
BLOCS_PERSONNE = {"revenus": RESSOURCES, "prestations": PRESTATIONS_INDIVIDUELLES}
# Household blocks: fiche key → variable (all amounts default to 0 inside a present block).
BLOCS_MENAGE = {
    "logement": {"statut": "statut_occupation_logement", "loyer": "loyer", "charges": "charges_locatives", "aide_logement": "aide_logement"},
    "caf": {
        "allocataire": "allocataire_caf",
        "quotient_familial": "quotient_familial_caf",
        "prestations_familiales": "prestations_familiales",
        "rsa": "rsa",
    },
    "impots": {
        "revenu_fiscal_reference": "revenu_fiscal_reference",
        "nombre_parts": "nombre_parts_fiscales",
        "impot_revenu": "impot_revenu",
    },
}
DEFAUTS_BLOCS = {
    "logement": {"loyer": 0, "charges": 0, "aide_logement": 0},
    "caf": {"prestations_familiales": 0, "rsa": 0},
    "impots": {"impot_revenu": 0},
}
NE_SAIT_PAS = "ne_sait_pas"  # the facts the household does not know: the aids that read them are « à vérifier »
AIDES_PERCUES = "aides_percues"  # slugs of the aids the household already receives (shown « déjà perçue »)
CLES_MENAGE = (
    "periode", "arrondissement", "depcom", "annees_residence_paris", "adultes", "enfants", NE_SAIT_PAS, AIDES_PERCUES, *BLOCS_MENAGE,
)
CLES_PERSONNE = ("prenom", "date_naissance", "age", "lien", "revenus", "prestations", NE_SAIT_PAS)


class FicheTraduite(NamedTuple):
    situation: dict
    fournies: set[str]  # input variables the fiche gives
    inconnues: set[str]  # input variables the fiche says are not known (« je ne sais pas »)
LIENS_ADULTES = ("conjoint", "autre")


def est_une_fiche(donnees: dict) -> bool:
    return isinstance(donnees, dict) and not ({"individus", "menages"} & set(donnees))


def _montant(valeur, champ: str) -> float:
    if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
        raise ErreurEntree(f"Le champ « {champ} » doit être un montant en euros, pas « {valeur} ».", champ=champ)
    if valeur < 0:
        raise ErreurEntree(f"Le champ « {champ} » ne peut pas être négatif ({valeur}).", champ=champ)
    return float(valeur)


class _Traduction:
    def __init__(self, systeme, periode: str) -> None:
        self.systeme = systeme
        self.periode = periode
        self.individus: dict[str, dict] = {}
        self.menage: dict = {role: [] for role in ROLES}
        self.donnees: set[str] = set()
        self.inconnues: set[str] = set()

    def ne_sait_pas(self, noms, champ: str) -> None:
        """Facts declared unknown (« je ne sais pas »): input variables, by name."""
        if not isinstance(noms, list) or not all(isinstance(nom, str) for nom in noms):
            raise ErreurEntree(f"Le champ « {champ} » doit lister des noms de données, par exemple [impayes_logement].", champ=champ)
        entrees = [nom for nom, variable in self.systeme.variables.items() if not variable.formulas]
        for nom in noms:
            if nom not in entrees:
                raise ErreurEntree(f"Le champ « {champ} » cite « {nom} », qui n'est pas une donnée connue.{suggestion(nom, entrees)}", champ=champ)
        self.inconnues.update(noms)

    def _variable(self, nom: str, entite: str, champ: str):
        variable = self.systeme.variables.get(nom)
        if variable is None or variable.entity.plural != entite:
            possibles = [v for v, var in self.systeme.variables.items() if var.entity.plural == entite and not var.formulas]
            cles = CLES_PERSONNE if entite == "individus" else CLES_MENAGE
            raise ErreurEntree(f"Le champ « {champ} » est inconnu.{suggestion(nom, [*cles, *possibles])}", champ=champ)
        return variable

    def poser(self, cible: dict, nom: str, valeur, entite: str, champ: str) -> None:
        variable = self._variable(nom, entite, champ)
        if variable.value_type is datetime.date:
            valeur = lire_date(valeur, champ, fin_du_mois(self.periode)).isoformat()
        else:
            valider_valeur(variable, valeur, champ)
        cle = "ETERNITY" if variable.definition_period == "eternity" else self.periode
        cible[nom] = {cle: valeur}
        self.donnees.add(nom)

    def personne(self, brut, role: str, rang: int, champ: str) -> None:
        if not isinstance(brut, dict):
            raise ErreurEntree(f"Le champ « {champ} » doit décrire une personne (prenom, date_naissance ou age…).", champ=champ)
        identifiant = str(brut.get("prenom") or f"{role}_{rang + 1}")
        if identifiant in self.individus:
            identifiant = f"{identifiant}_{rang + 1}"
        individu: dict = {}
        if "date_naissance" in brut:
            self.poser(individu, "date_naissance", brut["date_naissance"], "individus", f"{champ}.date_naissance")
        elif "age" in brut:
            age = brut["age"]
            if isinstance(age, bool) or not isinstance(age, int) or age < 0:
                raise ErreurEntree(f"Le champ « {champ}.age » doit être un nombre entier d'années, pas « {age} ».", champ=f"{champ}.age")
            if age > AGE_MAX:
                raise ErreurEntree(f"Le champ « {champ}.age » doit être compris entre 0 et {AGE_MAX} ans, pas « {age} ».", champ=f"{champ}.age")
            # Born just after the evaluation month, `age` years earlier: the age holds over the
            # whole resource window (this month and the month before). Each person gets its own
            # day so that two children of the same age never look like twins (a multiple birth
            # needs real dates of birth).
            annee, mois = (int(x) for x in mois_suivant(self.periode).split("-"))
            naissance = datetime.date(annee - age - 1, mois, 1 + len(self.individus) % 28).isoformat()
            self.poser(individu, "date_naissance", naissance, "individus", f"{champ}.age")
        for bloc, noms in BLOCS_PERSONNE.items():
            if bloc in brut:
                self.bloc_de_montants(individu, brut[bloc], noms, f"{champ}.{bloc}")
        if NE_SAIT_PAS in brut:
            self.ne_sait_pas(brut[NE_SAIT_PAS], f"{champ}.{NE_SAIT_PAS}")
        for nom, valeur in brut.items():
            if nom in CLES_PERSONNE:
                continue
            self.poser(individu, nom, valeur, "individus", f"{champ}.{nom}")
        self.individus[identifiant] = individu
        self.menage[role].append(identifiant)

    def bloc_de_montants(self, individu: dict, contenu, noms: tuple[str, ...], champ: str) -> None:
        """A present block of monthly amounts is complete: lines it does not give are 0."""
        contenu = contenu or {}
        if not isinstance(contenu, dict):
            raise ErreurEntree(f"Le champ « {champ} » doit lister des montants mensuels.", champ=champ)
        for nom in contenu:
            if nom not in noms:
                raise ErreurEntree(f"Le champ « {champ}.{nom} » est inconnu.{suggestion(nom, noms)}", champ=f"{champ}.{nom}")
        for nom in noms:
            self.poser(individu, nom, _montant(contenu.get(nom, 0), f"{champ}.{nom}"), "individus", f"{champ}.{nom}")


def aides_percues(fiche: dict) -> list[str]:
    """The aids the fiche says the household already receives (`aides_percues`), checked against the registry."""
    percues = fiche.get(AIDES_PERCUES) or []
    if not isinstance(percues, list) or not all(isinstance(slug, str) for slug in percues):
        raise ErreurEntree(
            f"Le champ « {AIDES_PERCUES} » doit lister des aides par leur nom court, par exemple [paris_logement].", champ=AIDES_PERCUES
        )
    connues = slugs()
    for slug in percues:
        if slug not in connues:
            raise ErreurEntree(f"Le champ « {AIDES_PERCUES} » cite « {slug} », qui n'est pas une aide calculée.{suggestion(slug, connues)}",
                               champ=AIDES_PERCUES)
    return list(dict.fromkeys(percues))


def fiche_vers_situation(fiche: dict, systeme, periode: str) -> FicheTraduite:
    """Map a fiche ménage onto an OpenFisca situation, with the input variables it gives and those it
    declares unknown."""
    for cle in fiche:
        if cle not in CLES_MENAGE and cle not in systeme.variables:
            raise ErreurEntree(f"Le champ « {cle} » est inconnu dans la fiche ménage.{suggestion(cle, CLES_MENAGE)}", champ=cle)
    aides_percues(fiche)
    traduction = _Traduction(systeme, periode)
    adultes = fiche.get("adultes") or []
    if not isinstance(adultes, list) or not adultes:
        raise ErreurEntree("Le champ « adultes » doit lister au moins un adulte (le demandeur en premier).", champ="adultes")
    for rang, adulte in enumerate(adultes):
        champ = f"adultes[{rang + 1}]"
        if rang == 0:
            role = "personne_de_reference"
        else:
            lien = (adulte or {}).get("lien", "conjoint" if rang == 1 else "autre") if isinstance(adulte, dict) else "autre"
            if lien not in LIENS_ADULTES:
                raise ErreurEntree(
                    f"Le champ « {champ}.lien » vaut « {lien} » ; valeurs possibles : conjoint, autre.", champ=f"{champ}.lien"
                )
            role = "conjoint" if lien == "conjoint" else "autres"
            if role == "conjoint" and traduction.menage["conjoint"]:
                raise ErreurEntree(f"Le champ « {champ}.lien » désigne un second conjoint ; un ménage en compte au plus un.", champ=f"{champ}.lien")
        traduction.personne(adulte, role, rang, champ)
    enfants = fiche.get("enfants") or []
    if not isinstance(enfants, list):
        raise ErreurEntree("Le champ « enfants » doit être une liste.", champ="enfants")
    for rang, enfant in enumerate(enfants):
        traduction.personne(enfant, "enfants", rang, f"enfants[{rang + 1}]")

    menage: dict = {role: membres for role, membres in traduction.menage.items() if membres}
    if "arrondissement" in fiche:
        numero = fiche["arrondissement"]
        if isinstance(numero, bool) or not isinstance(numero, int) or not 1 <= numero <= 20:
            raise ErreurEntree(
                f"Le champ « arrondissement » doit être un numéro d'arrondissement de Paris de 1 à 20, pas « {numero} ».",
                champ="arrondissement",
            )
        traduction.poser(menage, "depcom", f"751{numero:02d}", "menages", "arrondissement")
    if "depcom" in fiche:
        traduction.poser(menage, "depcom", str(fiche["depcom"]), "menages", "depcom")
    if "annees_residence_paris" in fiche:
        traduction.poser(menage, "anciennete_residence_paris", fiche["annees_residence_paris"], "menages", "annees_residence_paris")
    for bloc, correspondances in BLOCS_MENAGE.items():
        if bloc not in fiche:
            continue
        contenu = fiche[bloc] or {}
        if not isinstance(contenu, dict):
            raise ErreurEntree(f"Le champ « {bloc} » doit être un bloc de valeurs.", champ=bloc)
        for cle in contenu:
            if cle not in correspondances:
                raise ErreurEntree(f"Le champ « {bloc}.{cle} » est inconnu.{suggestion(cle, correspondances)}", champ=f"{bloc}.{cle}")
        valeurs = {**DEFAUTS_BLOCS.get(bloc, {}), **contenu}
        for cle, valeur in valeurs.items():
            traduction.poser(menage, correspondances[cle], valeur, "menages", f"{bloc}.{cle}")
    for cle, valeur in fiche.items():
        if cle not in CLES_MENAGE:
            traduction.poser(menage, cle, valeur, "menages", cle)
    if NE_SAIT_PAS in fiche:
        traduction.ne_sait_pas(fiche[NE_SAIT_PAS], NE_SAIT_PAS)
    situation = {"individus": traduction.individus, "menages": {"menage": menage}}
    return FicheTraduite(situation, traduction.donnees - traduction.inconnues, traduction.inconnues)
