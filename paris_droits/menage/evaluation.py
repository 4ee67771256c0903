"""`evaluer`: every aid of the registry for one household, how much, why or why not,
what is still unknown and which documents to bring.

The verdicts are the rules' own variables (`<aide>_eligible`, `<aide>_condition_*`,
`<aide>`); the registry only supplies the French wording, the thresholds' names and
the data items. The JSON form (`Evaluation.en_dict`) is stable and documented in
docs/evaluer.schema.json.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from openfisca_core.errors import ParameterNotFoundError

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.format import euros
from paris_droits.commun.periodes import valider_mois
from paris_droits.menage.dependances import dependances
from paris_droits.menage.explication import phrase_comparaison, phrase_simple, valeur_parametre
from paris_droits.menage.fiche import est_une_fiche, fiche_vers_situation
from paris_droits.menage.situation import construire_simulation
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
        }


@dataclass
class Evaluation:
    periode: str
    menage: str
    aides: list[ResultatAide]
    reforme: str | None = None
    avertissements: list[str] = field(default_factory=list)

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
        return round(sum(a.montant_annuel for a in self.aides if a.statut == ELIGIBLE and not a.montant_jusqu_a), 2)

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
            "totaux": {"mensuel": self.total_mensuel, "annuel": self.total_annuel},
            "aides": [a.en_dict() for a in self.aides],
            "justificatifs": self.justificatifs,
            "avertissements": self.avertissements,
        }


def _donnees_situation(situation: dict) -> set[str]:
    donnees = set()
    for entite in situation.values():
        for attributs in entite.values():
            donnees.update(k for k in attributs if k not in ("personne_de_reference", "conjoint", "enfants", "autres"))
    return donnees


def preparer(donnees: dict, periode: str | None = None, tbs=None):
    """(situation, given inputs, period) from a situation or a fiche ménage."""
    tbs = tbs or systeme()
    if not isinstance(donnees, dict):
        raise ErreurEntree("L'entrée doit être une situation OpenFisca ou une fiche ménage (un objet).")
    if est_une_fiche(donnees):
        periode = valider_mois(periode or (str(donnees["periode"]) if "periode" in donnees else None))
        situation, fournies = fiche_vers_situation(donnees, tbs, periode)
    else:
        periode = valider_mois(periode)
        situation, fournies = donnees, _donnees_situation(donnees)
    # Yes/no facts and counts about a described person (handicap, student, AEEH, canteen
    # meals…) default to "no" / 0: the worker lists what applies. Amounts and household
    # facts must be given to count as known.
    fournies = fournies | {
        nom for nom, variable in tbs.variables.items()
        if variable.entity.is_person and variable.value_type in (bool, int) and not variable.formulas
    }
    menages = situation.get("menages") or {}
    if isinstance(menages, dict) and len(menages) > 1:
        raise ErreurEntree(
            f"Le champ « menages » décrit {len(menages)} ménages ; l'évaluation porte sur un seul ménage à la fois "
            "(utilisez « paris-droits lot » pour plusieurs).",
            champ="menages",
        )
    return situation, fournies, periode


def _scalaire(simulation, variable: str, periode: str) -> float:
    valeur = simulation.calculate(variable, periode)
    if simulation.tax_benefit_system.variables[variable].entity.is_person:
        valeur = simulation.populations["menage"].sum(valeur) if valeur.dtype != numpy.bool_ else valeur.any(keepdims=True)
    return float(valeur[0])


def _evaluer_aide(aide, simulation, periode, fournies, tbs) -> ResultatAide:
    deps = dependances(tbs)
    entrees_aide = deps.entrees(aide.montant) | deps.entrees(aide.eligible)
    groupes: dict[str, list] = {}
    for donnee in aide.donnees:
        if not donnee.presumee:
            groupes.setdefault(donnee.groupe or donnee.donnee, []).append(donnee)
    manquantes_items = []
    for items in groupes.values():
        utiles = any(set(d.variables) & entrees_aide for d in items)
        fournie = any(set(d.variables) & fournies for d in items)
        if utiles and not fournie:
            manquantes_items.extend(items)
    variables_manquantes = {v for d in manquantes_items for v in d.variables}

    conditions = []
    for condition in aide.conditions:
        remplie = bool(_scalaire(simulation, condition.variable, periode))
        incertaine = bool(deps.entrees(condition.variable) & variables_manquantes)
        valeur = seuil = None
        if condition.comparaison:
            comparaison = condition.comparaison
            valeur = round(_scalaire(simulation, comparaison.valeur, periode), 2)
            if comparaison.seuil_variable:
                seuil = round(_scalaire(simulation, comparaison.seuil_variable, periode), 2)
            else:
                seuil = valeur_parametre(tbs, comparaison.seuil_parametre, periode)
            explication = phrase_comparaison(comparaison, valeur, seuil, remplie, condition.reference)
        else:
            explication = phrase_simple(condition, remplie)
        conditions.append(
            ResultatCondition(condition.variable, condition.phrase, remplie, explication, condition.reference, valeur, seuil, incertaine)
        )

    eligible = bool(_scalaire(simulation, aide.eligible, periode))
    montant = round(_scalaire(simulation, aide.montant, periode), 2)
    droit_variable = f"{aide.slug}_droit"
    droit = round(_scalaire(simulation, droit_variable, periode), 2) if droit_variable in tbs.variables else montant
    echecs_certains = [c for c in conditions if not c.remplie and not c.incertaine]

    cumul = aide.note_cumul
    if echecs_certains:
        statut, raison = NON_ELIGIBLE, echecs_certains[0].explication
    elif manquantes_items:
        statut = A_VERIFIER
        raison = "À vérifier, non renseigné : " + " ; ".join(d.donnee for d in manquantes_items)
    elif eligible and droit > 0:
        statut, raison = ELIGIBLE, "Toutes les conditions sont remplies."
    elif eligible:
        statut, raison = NON_ELIGIBLE, "Conditions remplies, mais le montant calculé est nul."
    else:
        echecs = [c for c in conditions if not c.remplie]
        statut = NON_ELIGIBLE
        raison = echecs[0].explication if echecs else "Conditions non remplies."
    retenue = statut == ELIGIBLE and montant > 0
    if statut == ELIGIBLE and not retenue:
        autres = [s for s in aide.exclusions if _scalaire(simulation, catalogue.aide(s).montant, periode) > 0]
        if autres:
            choisie = catalogue.aide(autres[0])
            cumul = f"Non cumulable avec {choisie.libelle}, plus favorable : {choisie.libelle} est retenue."
            raison = f"Éligible ({euros(droit)}), mais non cumulable : {choisie.libelle} est plus favorable et retenue."
    elif retenue and aide.exclusions:
        concurrentes = [
            catalogue.aide(s).libelle
            for s in aide.exclusions
            if f"{s}_droit" in tbs.variables and _scalaire(simulation, f"{s}_droit", periode) > 0
        ]
        if concurrentes:
            cumul = f"Retenue de préférence à {', '.join(concurrentes)} (non cumulables), car plus favorable."

    montant_affiche = montant if retenue else 0.0
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
        donnees_manquantes=[
            {"donnee": d.donnee, "detenteur": d.detenteur, "justificatif": d.justificatif} for d in manquantes_items
        ],
        justificatifs=[d.justificatif for d in aide.donnees],
        cumul=cumul,
        reglement=aide.reglement,
        page=aide.page,
        formulaire=aide.formulaire,
    )


def _evaluer_ou_hors_periode(aide, simulation, periode, fournies, tbs) -> ResultatAide:
    """An aid whose rules are not encoded for this month (not yet created, or no known value)
    is reported as not eligible, with the reason, instead of failing the whole evaluation."""
    try:
        return _evaluer_aide(aide, simulation, periode, fournies, tbs)
    except ParameterNotFoundError as erreur:
        parametre = getattr(erreur, "name", "?")
        return ResultatAide(
            slug=aide.slug, libelle=aide.libelle, famille=aide.famille, public=aide.public, statut=NON_ELIGIBLE,
            montant=0.0, periodicite=aide.periodicite, montant_annuel=0.0, montant_jusqu_a=aide.montant_jusqu_a,
            retenue=False, raison=f"Règles non encodées pour {periode} (paramètre « {parametre} » sans valeur à cette date).",
            conditions=[], donnees_manquantes=[], justificatifs=[], cumul=None, reglement=aide.reglement,
            page=aide.page, formulaire=aide.formulaire,
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
    situation, fournies, periode = preparer(donnees, periode, tbs)
    simulation = construire_simulation(situation, tbs)
    resultats = [_evaluer_ou_hors_periode(aide, simulation, periode, fournies, tbs) for aide in aides]
    ordre = {ELIGIBLE: 0, A_VERIFIER: 1, NON_ELIGIBLE: 2}
    resultats.sort(key=lambda r: (ordre[r.statut], -r.montant_annuel))
    return Evaluation(periode=periode, menage=str(simulation.populations["menage"].ids[0]), aides=resultats, reforme=reforme)
