"""`evaluer`: every aid of the registry for one household, how much, why or why not,
what is still unknown and which documents to bring.

The verdicts are the rules' own variables (`<aide>_eligible`, `<aide>_condition_*`,
`<aide>`); the registry only supplies the French wording, the thresholds' names and
the data items. The JSON form (`Evaluation.en_dict`) is stable and documented in
paris_droits/menage/evaluer.schema.json.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError

from paris_droits.catalogue import registre as catalogue
from paris_droits.catalogue.registre import guichet_pour
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.format import euros
from paris_droits.menage.dependances import dependances
from paris_droits.menage.explication import (
    formater,
    phrase_comparaison,
    phrase_incertaine,
    phrase_simple,
    valeur_parametre,
)
from paris_droits.menage.fiche import aides_percues, est_une_fiche, fiche_vers_situation
from paris_droits.menage.situation import (
    choisir_mois,
    construire_simulation,
    mois_des_entrees,
    valider_situation,
)
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.reformes import appliquer
from paris_droits.regles.systeme import systeme

VERSION_FORMAT = 1
ELIGIBLE, NON_ELIGIBLE, A_VERIFIER = "eligible", "non_eligible", "a_verifier"
LIBELLES_STATUT = {ELIGIBLE: "éligible", NON_ELIGIBLE: "non éligible", A_VERIFIER: "à vérifier"}


@dataclass
class ResultatCondition:
    variable: str
    phrase: str
    remplie: bool
    explication: str
    reference: str
    valeur: float | None = None
    seuil: float | None = None
    incertaine: bool = False

    def en_dict(self) -> dict:
        return {
            "variable": self.variable,
            "phrase": self.phrase,
            "remplie": self.remplie,
            "incertaine": self.incertaine,
            "explication": self.explication,
            "reference": self.reference,
            "valeur": self.valeur,
            "seuil": self.seuil,
        }


@dataclass
class ResultatAide:
    slug: str
    libelle: str
    famille: str
    public: str
    statut: str
    montant: float
    periodicite: str
    montant_annuel: float
    montant_jusqu_a: bool
    retenue: bool
    raison: str
    conditions: list[ResultatCondition]
    donnees_manquantes: list[dict]
    justificatifs: list[str]
    cumul: str | None
    reglement: str
    page: str | None
    formulaire: str | None
    montant_sous_reserve: float | None = None  # « à vérifier »: the amount if the unconfirmed facts hold
    reserves: list[str] = field(default_factory=list)  # those facts, as the registry names them
    en_nature: bool = False  # a card or a service without a sourced money worth: amount 0
    precisions: list[dict] = field(default_factory=list)  # figures besides the amount (a service's price, a band)
    guichet: str | None = None  # where to apply, for this household's arrondissement
    guichet_page: str | None = None
    deja_percue: bool = False  # the household says it already receives it (fiche « aides_percues »)

    @property
    def compte(self) -> bool:
        """Counted in the totals: granted, with a fixed amount (not a discretionary « jusqu'à »)."""
        return self.statut == ELIGIBLE and not self.montant_jusqu_a

    @property
    def sous_reserve(self) -> str:
        """« sous réserve : absence d'impayé ; décence du logement »."""
        return "sous réserve : " + " ; ".join(r[:1].lower() + r[1:] for r in self.reserves) if self.reserves else ""

    def en_dict(self) -> dict:
        return {
            "slug": self.slug,
            "libelle": self.libelle,
            "famille": self.famille,
            "public": self.public,
            "statut": self.statut,
            "montant": self.montant,
            "periodicite": self.periodicite,
            "montant_annuel": self.montant_annuel,
            "montant_jusqu_a": self.montant_jusqu_a,
            "retenue": self.retenue,
            "raison": self.raison,
            "conditions": [c.en_dict() for c in self.conditions],
            "donnees_manquantes": self.donnees_manquantes,
            "justificatifs": self.justificatifs,
            "cumul": self.cumul,
            "reglement": self.reglement,
            "page": self.page,
            "formulaire": self.formulaire,
            "montant_sous_reserve": self.montant_sous_reserve,
            "reserves": self.reserves,
            "en_nature": self.en_nature,
            "precisions": self.precisions,
            "guichet": self.guichet,
            "guichet_page": self.guichet_page,
            "deja_percue": self.deja_percue,
        }


@dataclass
class Evaluation:
    periode: str
    menage: str
    aides: list[ResultatAide]
    reforme: str | None = None
    avertissements: list[str] = field(default_factory=list)
    prenom: str | None = None  # the applicant's first name, when the fiche gives it
    # Aids of the registry not computed ("non encodées") that may concern this household:
    # named with the office that handles them, never with an amount.
    non_encodees: list[dict] = field(default_factory=list)
    arrondissement: int | None = None  # of the household's home, when it is in Paris

    @property
    def titre(self) -> str:
        """« Droits de Nadia » or « Droits du ménage « m1 » »: never an internal id when a name is known."""
        return f"Droits de {self.prenom}" if self.prenom else f"Droits du ménage « {self.menage} »"

    def aide(self, slug: str) -> ResultatAide:
        return next(a for a in self.aides if a.slug == slug)

    @property
    def total_mensuel(self) -> float:
        """What the household can claim each month: monthly aids granted (discretionary ones excluded)."""
        return round(
            sum(a.montant for a in self.aides if a.statut == ELIGIBLE and a.periodicite == "mensuelle" and not a.montant_jusqu_a), 2
        )

    @property
    def total_annuel(self) -> float:
        """What the household can claim over a year: monthly aids × 12 plus yearly and one-off aids."""
        return round(sum(a.montant_annuel for a in self.aides if a.compte), 2)

    @property
    def deja_percu_mensuel(self) -> float:
        """Of the monthly total, what the household says it already receives."""
        return round(sum(a.montant for a in self.aides if a.compte and a.deja_percue and a.periodicite == "mensuelle"), 2)

    @property
    def deja_percu_annuel(self) -> float:
        return round(sum(a.montant_annuel for a in self.aides if a.compte and a.deja_percue), 2)

    @property
    def totaux(self) -> dict:
        """Per month and per year: all aids granted, those already received, those still to claim."""
        return {
            "mensuel": self.total_mensuel, "annuel": self.total_annuel,
            "deja_percu_mensuel": self.deja_percu_mensuel, "deja_percu_annuel": self.deja_percu_annuel,
            "a_demander_mensuel": round(self.total_mensuel - self.deja_percu_mensuel, 2),
            "a_demander_annuel": round(self.total_annuel - self.deja_percu_annuel, 2),
        }

    @property
    def justificatifs(self) -> list[str]:
        vus: list[str] = []
        for resultat in self.aides:
            if resultat.statut in (ELIGIBLE, A_VERIFIER):
                for piece in resultat.justificatifs:
                    if piece not in vus:
                        vus.append(piece)
        return vus

    def en_dataframe(self, conditions: bool = False):
        """The evaluation as a pandas DataFrame, for a notebook.

        One row per aid (the JSON keys of each aid, lists joined with « ; », plus `periode` and
        `menage` so that several households concatenate); with `conditions=True`, one row per
        condition of each aid (whether it holds, is uncertain, its value and threshold)."""
        import pandas as pd

        tete = {"periode": self.periode, "menage": self.menage}
        if conditions:
            lignes = [
                {**tete, "slug": a.slug, "libelle": a.libelle, "statut": a.statut, **c.en_dict()}
                for a in self.aides
                for c in a.conditions
            ]
            return pd.DataFrame(lignes, columns=[*tete, "slug", "libelle", "statut", *ResultatCondition.__dataclass_fields__])
        lignes = []
        for a in self.aides:
            ligne = {**tete, **{k: v for k, v in a.en_dict().items() if k not in ("conditions", "donnees_manquantes", "justificatifs")}}
            ligne["donnees_manquantes"] = " ; ".join(d["donnee"] for d in a.donnees_manquantes)
            ligne["justificatifs"] = " ; ".join(a.justificatifs)
            lignes.append(ligne)
        return pd.DataFrame(lignes)

    def en_dict(self) -> dict:
        return {
            "version": VERSION_FORMAT,
            "periode": self.periode,
            "menage": self.menage,
            "reforme": self.reforme,
            "prenom": self.prenom,
            "totaux": self.totaux,
            "aides": [a.en_dict() for a in self.aides],
            "justificatifs": self.justificatifs,
            "avertissements": self.avertissements,
            "aides_non_encodees": self.non_encodees,
            "arrondissement": self.arrondissement,
        }


def _prenom(donnees: dict) -> str | None:
    """The applicant's first name in a fiche ménage (its first adult), if given."""
    if not est_une_fiche(donnees):
        return None
    adultes = donnees.get("adultes") or []
    premier = adultes[0] if isinstance(adultes, list) and adultes and isinstance(adultes[0], dict) else {}
    prenom = premier.get("prenom")
    return str(prenom).strip() or None if prenom is not None else None


def _donnees_situation(situation: dict) -> set[str]:
    donnees = set()
    for entite in situation.values():
        for attributs in entite.values():
            donnees.update(k for k in attributs if k not in ("personne_de_reference", "conjoint", "enfants", "autres"))
    return donnees


class Demande(NamedTuple):
    """What evaluer computes: the situation, the inputs given, the month and the warnings about it."""

    situation: dict
    fournies: set[str]
    periode: str
    avertissements: list[str]


def _mois_de_la_fiche(fiche: dict, periode: str | None) -> tuple[str, list[str]]:
    """The month of a fiche: the one asked, else its own `periode`, else the current month."""
    declaree = fiche.get("periode")
    if declaree is not None and not isinstance(declaree, str):
        declaree = str(declaree)
    if periode is None:
        return mois_couvert(declaree), []
    periode = mois_couvert(periode)
    if declaree is not None and mois_couvert(declaree) != periode:
        return periode, [f"La fiche décrit le ménage en {declaree} ; le calcul porte sur {periode} avec les mêmes données."]
    return periode, []


def lire_demande(donnees: dict, periode: str | None = None, tbs=None) -> Demande:
    """The situation, the inputs given, the month and its warnings, from a situation or a fiche ménage
    (any number of households)."""
    tbs = tbs or systeme()
    if not isinstance(donnees, dict):
        raise ErreurEntree("L'entrée doit être une situation OpenFisca ou une fiche ménage (un objet).")
    inconnues: set[str] = set()
    if est_une_fiche(donnees):
        periode, avertissements = _mois_de_la_fiche(donnees, periode)
        situation, fournies, inconnues = fiche_vers_situation(donnees, tbs, periode)
    else:
        valider_situation(donnees, tbs)  # its shape first: the month and the inputs given are read from it
        periode, avertissements = choisir_mois(mois_des_entrees(donnees), periode)
        situation, fournies = donnees, _donnees_situation(donnees)
    # Yes/no facts and counts about a described person (handicap, student, AEEH, canteen
    # meals…) default to "no" / 0: the worker lists what applies. Amounts and household
    # facts must be given to count as known.
    fournies = fournies | {
        nom for nom, variable in tbs.variables.items()
        if variable.entity.is_person and variable.value_type in (bool, int) and not variable.formulas
    }
    return Demande(situation, fournies - inconnues, periode, avertissements)


def preparer(donnees: dict, periode: str | None = None, tbs=None) -> Demande:
    """lire_demande for one household: the evaluation of rights is made one household at a time."""
    demande = lire_demande(donnees, periode, tbs)
    menages = demande.situation.get("menages") or {}
    if isinstance(menages, dict) and len(menages) > 1:
        raise ErreurEntree(
            f"Le champ « menages » décrit {len(menages)} ménages ; l'évaluation porte sur un seul ménage à la fois "
            "(utilisez « paris-droits lot » pour plusieurs).",
            champ="menages",
        )
    return demande


_A_LIRE = object()


class Lecture:
    """One household's simulation read at one month: each variable computed once and kept as a
    float (a person variable summed over the household, a boolean one true when any member's is).
    The aids share many conditions (residence, children, age), so each is read once per evaluation."""

    def __init__(self, simulation, periode: str):
        self.simulation = simulation
        self.periode = periode
        self._periode = periods.period(periode)
        self._valeurs: dict[str, float] = {}
        self._arrondissement = _A_LIRE

    def __call__(self, variable: str) -> float:
        valeur = self._valeurs.get(variable)
        if valeur is None:
            valeur = self._valeurs[variable] = self._calculer(variable)
        return valeur

    def _calculer(self, variable: str) -> float:
        valeur = self.simulation.calculate(variable, self._periode)
        if self.simulation.tax_benefit_system.variables[variable].entity.is_person:
            valeur = self.simulation.populations["menage"].sum(valeur) if valeur.dtype != numpy.bool_ else valeur.any(keepdims=True)
        return float(valeur[0])

    def arrondissement(self) -> int | None:
        """The Paris arrondissement of the household's home (depcom 75101 to 75120), else None."""
        if self._arrondissement is _A_LIRE:
            depcom = self.simulation.calculate("depcom", self._periode)[0]
            depcom = depcom.decode("ascii", "replace") if isinstance(depcom, bytes) else str(depcom)
            rang = int(depcom[3:]) if len(depcom) == 5 and depcom.startswith("751") and depcom[3:].isdigit() else None
            self._arrondissement = rang if rang is not None and 1 <= rang <= 20 else None
        return self._arrondissement


def _groupes_non_fournis(aide, fournies) -> list[list]:
    """The registry's data items of an aid that the household did not give, by group of alternatives
    (a group counts as given when one of its items is); presumed items never count as missing."""
    groupes: dict[str, list] = {}
    for donnee in aide.donnees:
        if not donnee.presumee:
            groupes.setdefault(donnee.groupe or donnee.donnee, []).append(donnee)
    return [items for items in groupes.values() if not any(set(d.variables) & fournies for d in items)]


def _donnees_manquantes(aide, deps, fournies) -> list:
    """The data items not given that the aid's eligibility or amount reads."""
    entrees_aide = deps.entrees(aide.montant) | deps.entrees(aide.eligible)
    return [d for items in _groupes_non_fournis(aide, fournies) if any(set(x.variables) & entrees_aide for x in items) for d in items]


def _conditions(aide, lecture, tbs, deps, variables_manquantes) -> list[ResultatCondition]:
    """Each condition of the aid: met or not, uncertain when it reads a missing input, explained."""
    conditions = []
    for condition in aide.conditions:
        remplie = bool(lecture(condition.variable))
        incertaine = bool(deps.entrees(condition.variable) & variables_manquantes)
        valeur = seuil = None
        if condition.comparaison:
            comparaison = condition.comparaison
            valeur = round(lecture(comparaison.valeur), 2)
            if comparaison.seuil_variable:
                seuil = round(lecture(comparaison.seuil_variable), 2)
            else:
                seuil = valeur_parametre(tbs, comparaison.seuil_parametre, lecture.periode)
            explication = phrase_comparaison(comparaison, valeur, seuil, remplie, condition.reference)
        else:
            explication = phrase_simple(condition, remplie)
        if incertaine:
            explication = phrase_incertaine(condition, remplie)
        conditions.append(
            ResultatCondition(condition.variable, condition.phrase, remplie, explication, condition.reference, valeur, seuil, incertaine)
        )
    return conditions


def _statut(conditions, manquantes, eligible: bool, droit: float, en_nature: bool = False) -> tuple[str, str]:
    """(status, one-sentence reason): a certain failure first, then missing data, then the amount."""
    echecs_certains = [c for c in conditions if not c.remplie and not c.incertaine]
    if echecs_certains:
        return NON_ELIGIBLE, echecs_certains[0].explication
    if manquantes:
        return A_VERIFIER, "À vérifier, non renseigné : " + " ; ".join(d.donnee for d in manquantes)
    if eligible and (droit > 0 or en_nature):
        return ELIGIBLE, "Toutes les conditions sont remplies."
    if eligible:
        return NON_ELIGIBLE, "Conditions remplies, mais le montant calculé est nul."
    echecs = [c for c in conditions if not c.remplie]
    return NON_ELIGIBLE, echecs[0].explication if echecs else "Conditions non remplies."


def _cumul(aide, lecture, tbs, statut, retenue, droit, raison) -> tuple[str | None, str]:
    """(cumul note, reason): which of the non-cumulable aids the rules retained, and why."""
    cumul = aide.note_cumul
    if statut == ELIGIBLE and not retenue:
        autres = [s for s in aide.exclusions if lecture(catalogue.aide(s).montant) > 0]
        if autres:
            choisie = catalogue.aide(autres[0])
            cumul = f"Non cumulable avec {choisie.libelle}, plus favorable : {choisie.libelle} est retenue."
            raison = f"Éligible ({euros(droit)}), mais non cumulable : {choisie.libelle} est plus favorable et retenue."
    elif retenue and aide.exclusions:
        concurrentes = [
            catalogue.aide(s).libelle
            for s in aide.exclusions
            if f"{s}_droit" in tbs.variables and lecture(f"{s}_droit") > 0
        ]
        if concurrentes:
            cumul = f"Retenue de préférence à {', '.join(concurrentes)} (non cumulables), car plus favorable."
    return cumul, raison


def _montant_sous_reserve(aide, situation, periode, tbs, conditions, eligible: bool, droit: float) -> float:
    """What an aid « à vérifier » would give if the facts not given hold: its amount as computed when
    it is already eligible on the facts given; otherwise computed again with each unmet uncertain
    condition of the household taken as met (one more simulation, only in that case)."""
    if eligible and droit > 0:
        return droit
    presumees = [c.variable for c in conditions if c.incertaine and not c.remplie and tbs.variables[c.variable].entity.key == "menage"]
    if not presumees:
        return droit
    simulation = construire_simulation(situation, tbs, periode, valider=False)
    for variable in presumees:
        simulation.set_input(variable, periode, numpy.array([True]))
    lecture = Lecture(simulation, periode)
    variable_droit = f"{aide.slug}_droit" if f"{aide.slug}_droit" in tbs.variables else aide.montant
    return round(lecture(variable_droit), 2)


def _guichet(aide, arrondissement: int | None) -> str | None:
    return guichet_pour(aide.guichet, arrondissement) if aide.guichet else None


def _evaluer_aide(aide, lecture, fournies, tbs, situation=None) -> ResultatAide:
    deps = dependances(tbs)
    manquantes = _donnees_manquantes(aide, deps, fournies)
    conditions = _conditions(aide, lecture, tbs, deps, {v for d in manquantes for v in d.variables})
    eligible = bool(lecture(aide.eligible))
    montant = round(lecture(aide.montant), 2)
    droit_variable = f"{aide.slug}_droit"
    droit = round(lecture(droit_variable), 2) if droit_variable in tbs.variables else montant
    statut, raison = _statut(conditions, manquantes, eligible, droit, aide.en_nature)
    retenue = statut == ELIGIBLE and (montant > 0 or aide.en_nature)
    cumul, raison = _cumul(aide, lecture, tbs, statut, retenue, droit, raison)
    montant_affiche = montant if retenue else 0.0
    sous_reserve = None
    if statut == A_VERIFIER and situation is not None:
        sous_reserve = _montant_sous_reserve(aide, situation, lecture.periode, tbs, conditions, eligible, droit)
    return ResultatAide(
        slug=aide.slug,
        libelle=aide.libelle,
        famille=aide.famille,
        public=aide.public,
        statut=statut,
        montant=montant_affiche,
        periodicite=aide.periodicite,
        montant_annuel=round(montant_affiche * aide.facteur_annuel, 2),
        montant_jusqu_a=aide.montant_jusqu_a,
        retenue=retenue,
        raison=raison,
        conditions=conditions,
        donnees_manquantes=[{"donnee": d.donnee, "detenteur": d.detenteur, "justificatif": d.justificatif} for d in manquantes],
        justificatifs=list(dict.fromkeys(d.justificatif for d in aide.donnees)),
        cumul=cumul,
        reglement=aide.reglement,
        page=aide.page,
        formulaire=aide.formulaire,
        montant_sous_reserve=sous_reserve,
        reserves=list(dict.fromkeys(d.donnee for d in manquantes)) if statut == A_VERIFIER else [],
        en_nature=aide.en_nature,
        precisions=_precisions(aide, lecture, fournies, deps) if statut != NON_ELIGIBLE else [],
        guichet=_guichet(aide, lecture.arrondissement()),
        guichet_page=aide.guichet_page,
    )


def _precisions(aide, lecture, fournies, deps) -> list[dict]:
    """The figures an eligible aid comes with besides its amount (a service's price, a tax band),
    each with the data items not given that it depends on (`a_confirmer`): a price read on an
    income tax that was not given is shown, but to be confirmed."""
    non_fournies = [d for items in _groupes_non_fournis(aide, fournies) for d in items]
    resultats = []
    for precision in aide.precisions:
        entrees = deps.entrees(precision.variable)
        a_confirmer = [d.donnee for d in non_fournies if set(d.variables) & entrees]
        valeur = round(lecture(precision.variable), 2)
        rang = int(valeur) - 1
        if precision.libelles and 0 <= rang < len(precision.libelles) and float(valeur).is_integer():
            texte = precision.libelles[rang]
        else:
            texte = formater(valeur, precision.unite)
        resultats.append({
            "variable": precision.variable, "libelle": precision.libelle, "valeur": valeur, "unite": precision.unite,
            "texte": texte, "a_confirmer": a_confirmer,
        })
    return resultats


def _non_encodees(lecture) -> list[dict]:
    """Aids listed without rules that may concern the household (their `concerne` variables), with
    where to apply. A public that cannot be told at this month (no rules then) does not concern it."""
    retenues = []
    for aide in catalogue.non_encodees():
        concernee = not aide.concerne
        for variable in aide.concerne:
            try:
                concernee = concernee or bool(lecture(variable))
            except ParameterNotFoundError:
                pass
        if concernee:
            retenues.append({
                "slug": aide.slug, "libelle": aide.libelle, "famille": aide.famille, "public": aide.public,
                "reglement": aide.reglement, "raison": aide.raison, "guichet": aide.guichet, "page": aide.page,
            })
    return retenues


def _evaluer_ou_hors_periode(aide, lecture, fournies, tbs, situation=None) -> ResultatAide:
    """An aid whose rules are not encoded for this month (not yet created, or no known value)
    is reported as not eligible, with the reason, instead of failing the whole evaluation."""
    try:
        return _evaluer_aide(aide, lecture, fournies, tbs, situation)
    except ParameterNotFoundError as erreur:
        parametre = getattr(erreur, "name", "?")
        return ResultatAide(
            slug=aide.slug, libelle=aide.libelle, famille=aide.famille, public=aide.public, statut=NON_ELIGIBLE,
            montant=0.0, periodicite=aide.periodicite, montant_annuel=0.0, montant_jusqu_a=aide.montant_jusqu_a,
            retenue=False, raison=f"Règles non encodées pour {lecture.periode} (paramètre « {parametre} » sans valeur à cette date).",
            conditions=[], donnees_manquantes=[], justificatifs=[], cumul=None, reglement=aide.reglement,
            page=aide.page, formulaire=aide.formulaire, en_nature=aide.en_nature,
            guichet=_guichet(aide, lecture.arrondissement()), guichet_page=aide.guichet_page,
        )


def evaluer(donnees: dict, periode: str | None = None, tbs=None, reforme: str | None = None, reformes=()) -> Evaluation:
    """Evaluate every aid of the registry for one household (situation JSON or fiche ménage).

    `reformes`: reform names or YAML files applied in order (paris_droits.reformes); the aids
    they create are evaluated too.
    """
    aides = catalogue.aides()
    if reformes:
        tbs = appliquer(list(reformes), tbs)
        aides = (*aides, *catalogue.aides_des_reformes(reformes))
        reforme = reforme or " puis ".join(reformes)
    tbs = tbs or systeme()
    situation, fournies, periode, avertissements = preparer(donnees, periode, tbs)
    simulation = construire_simulation(situation, tbs, periode)
    lecture = Lecture(simulation, periode)
    resultats = [_evaluer_ou_hors_periode(aide, lecture, fournies, tbs, situation) for aide in aides]
    percues = aides_percues(donnees) if est_une_fiche(donnees) else []
    for resultat in resultats:
        resultat.deja_percue = resultat.slug in percues
    ordre = {ELIGIBLE: 0, A_VERIFIER: 1, NON_ELIGIBLE: 2}
    resultats.sort(key=lambda r: (ordre[r.statut], -r.montant_annuel))
    return Evaluation(periode=periode, menage=str(simulation.populations["menage"].ids[0]), aides=resultats, reforme=reforme,
                      avertissements=avertissements, prenom=_prenom(donnees), non_encodees=_non_encodees(lecture),
                      arrondissement=lecture.arrondissement())
