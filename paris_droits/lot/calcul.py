"""Batch runs: every aid of the registry for every household of a sample.

`simuler(menages, individus, periode)` validates the sample (strictly: use
paris_droits.lot.validation.valider first to set bad households aside), then
computes it in household-aligned chunks with OpenFisca's vectorised array
builder (declare_person_entity, declare_entity, join_with_persons with our own
validated int role codes, set_input per column). The tax-benefit system is
built once per process; chunks can be spread over a process pool.

Output: one row per household, in the order of `menages`: id_menage, poids, and
for every aid of the registry `<slug>` (amount, float64 rounded to the cent),
`<slug>_eligible` (bool) and `<slug>_annuel` (amount × 12 for a monthly aid,
× 1 for a yearly or one-off aid), then any extra household variable asked.
"""

from __future__ import annotations

import os
import sys

import numpy
import pandas
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits.catalogue.registre import aides, aides_des_reformes
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.processus import calculer_en_parallele, lier_au_parent
from paris_droits.lot.schema import (
    AGE,
    DATE_NAISSANCE,
    ID_MENAGE,
    POIDS,
    date_naissance_depuis_age,
    suggestion_apres_virgule,
)
from paris_droits.lot.validation import Preparation, preparer
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.entites import Menage
from paris_droits.regles.formules import arrondi_centime
from paris_droits.regles.reformes import appliquer
from paris_droits.regles.roles import retenir_codes_roles
from paris_droits.regles.systeme import systeme

TAILLE_LOT = 50_000  # households per chunk, in a single process
# With a pool, smaller chunks: two workers each holding a 50 000-household simulation
# (~40 MB of arrays) compete for the shared cache; each ran at about half speed
# (0.45 s a chunk instead of 0.25 s, measured on the 2-core machine).
TAILLE_LOT_POOL = 20_000
EN_VOL_PAR_PROCESSUS = 2  # chunks queued per worker: bounds the memory held by pickled chunks
UNITE_MONNAIE = "currency-EUR"
NON_ENCODEES = "aides_non_encodees"


_SYSTEMES: dict[tuple[str, ...], object] = {}


def systeme_pour(reformes: tuple[str, ...] = ()):
    """The tax-benefit system with these reforms applied, built once per process."""
    reformes = tuple(reformes)
    if not reformes:
        return systeme()
    if reformes not in _SYSTEMES:
        _SYSTEMES[reformes] = appliquer(list(reformes))
    return _SYSTEMES[reformes]


def aides_calculees(reformes: tuple[str, ...] = ()) -> tuple:
    """The registry's aids, plus the new aids the reforms create."""
    return (*aides(), *aides_des_reformes(reformes))


def colonnes_aides() -> list[str]:
    """Output columns for the registry's aids, in registry order."""
    colonnes = []
    for aide in aides():
        colonnes += [aide.slug, f"{aide.slug}_eligible", f"{aide.slug}_annuel"]
    return colonnes


def _entier_positif(valeur, champ: str) -> int:
    try:
        entier = int(valeur)
        if entier != float(valeur):
            raise ValueError
    except (TypeError, ValueError):
        entier = 0
    if entier < 1:
        raise ErreurEntree(f"Le champ « {champ} » doit être un nombre entier supérieur ou égal à 1, pas « {valeur} ».", champ=champ)
    return entier


def _variables_demandees(variables, tbs, liste_aides=None) -> list[str]:
    """Variables to compute: each aid's amount and eligibility, then the extra household variables asked."""
    demandees = []
    for aide in liste_aides if liste_aides is not None else aides():
        demandees += [aide.montant, aide.eligible]
    for nom in variables or ():
        variable = tbs.variables.get(nom)
        if variable is None:
            raise ErreurEntree(f"La variable « {nom} » est inconnue{suggestion_apres_virgule(nom, tbs.variables)}", champ="variables")
        if variable.entity.key != Menage.key:
            raise ErreurEntree(
                f"La variable « {nom} » concerne une personne : seules les variables du ménage peuvent être demandées.",
                champ="variables",
            )
        if nom not in demandees:
            demandees.append(nom)
    return demandees


def _periode_de(variable, periode: str):
    if variable.definition_period == periods.DateUnit.YEAR:
        return periode[: len("AAAA")]
    return periode


def _en_sortie(variable, valeurs) -> numpy.ndarray:
    """Simulation array → output column: money to the cent in float64, enums and text as str."""
    if isinstance(valeurs, EnumArray):
        return numpy.asarray(valeurs.decode_to_str(), dtype=object)
    if variable.value_type is float:
        valeurs = numpy.asarray(valeurs, dtype=numpy.float64)
        return arrondi_centime(valeurs) if getattr(variable, "unit", None) == UNITE_MONNAIE else valeurs
    if valeurs.dtype.kind == "S":
        return numpy.char.decode(valeurs, "utf-8").astype(object)
    return numpy.asarray(valeurs)


def _calculer_tranche(tranche: dict, periode: str, demandees: list[str], reformes: tuple[str, ...] = ()) -> dict:
    """One chunk of households through one simulation; runs in the main process or a worker."""
    tbs = systeme_pour(reformes)
    constructeur = SimulationBuilder()
    constructeur.create_entities(tbs)
    constructeur.declare_person_entity("individu", numpy.arange(len(tranche["roles"])))
    menages = constructeur.declare_entity("menage", numpy.arange(tranche["nombre_menages"]))
    # Household ids are 0..n-1 and every household has a member (validated), so
    # join_with_persons' index arithmetic maps each person to her own household.
    constructeur.join_with_persons(menages, tranche["menage_des_individus"], tranche["roles"])
    retenir_codes_roles(menages, tranche["roles"])  # formulas compare these integer codes (paris_droits.regles.roles)
    simulation = constructeur.build(tbs)
    for nom, valeurs in (*tranche["menages"].items(), *tranche["individus"].items()):
        variable = tbs.variables[nom]
        if getattr(variable, "possible_values", None) is not None:
            valeurs = EnumArray(valeurs, variable.possible_values)
        simulation.set_input(nom, _periode_de(variable, periode), valeurs)
    resultat: dict = {NON_ENCODEES: {}}
    for nom in demandees:
        try:
            resultat[nom] = _en_sortie(tbs.variables[nom], simulation.calculate(nom, _periode_de(tbs.variables[nom], periode)))
        except ParameterNotFoundError as erreur:
            # A variable whose rules have no value this month (an aid created later, say). Noted by
            # name rather than raised: core's exception does not survive pickling between processes.
            resultat[NON_ENCODEES][nom] = str(getattr(erreur, "name", erreur))
    return resultat


def _tranches(preparation: Preparation, entrees_individus: dict, taille_lot: int):
    """Household-aligned chunks: households [debut, fin) with all their persons."""
    nombre = len(preparation.menages_ok)
    ordre = numpy.argsort(preparation.menage_des_individus, kind="stable")
    tries = preparation.menage_des_individus[ordre]
    for debut in range(0, nombre, taille_lot):
        fin = min(nombre, debut + taille_lot)
        premier, dernier = numpy.searchsorted(tries, [debut, fin])
        choisis = ordre[premier:dernier]
        yield {
            "nombre_menages": fin - debut,
            "menages": {nom: valeurs[debut:fin] for nom, valeurs in preparation.entrees_menages.items()},
            "individus": {nom: valeurs[choisis] for nom, valeurs in entrees_individus.items()},
            "menage_des_individus": tries[premier:dernier] - debut,
            "roles": preparation.roles[choisis],
        }


def _initialiser_processus(pid_parent: int, reformes: tuple[str, ...] = ()) -> None:
    lier_au_parent(pid_parent)
    systeme_pour(reformes)  # built once per worker process


def _resultats(preparation, periode, demandees, processus, taille_lot, barre, reformes: tuple[str, ...] = ()):
    entrees_individus = dict(preparation.entrees_individus)
    if AGE in entrees_individus:
        entrees_individus[DATE_NAISSANCE] = date_naissance_depuis_age(entrees_individus.pop(AGE), periode)
    tranches = _tranches(preparation, entrees_individus, taille_lot)
    nombre_tranches = -(-len(preparation.menages_ok) // taille_lot)
    processus = min(processus, nombre_tranches)
    if processus <= 1:
        resultats = []
        for tranche in tranches:
            resultats.append(_calculer_tranche(tranche, periode, demandees, reformes))
            barre.update(tranche["nombre_menages"])
        return resultats
    taches = ((rang, tranche["nombre_menages"], tranche) for rang, tranche in enumerate(tranches))
    par_rang = calculer_en_parallele(
        taches, _calculer_tranche, (periode, demandees, reformes), processus, EN_VOL_PAR_PROCESSUS,
        _initialiser_processus, (os.getpid(), reformes), avancer=barre.update,
    )
    return [par_rang[rang] for rang in range(nombre_tranches)]


def calculer(
    preparation: Preparation,
    periode: str,
    variables=None,
    processus: int = 1,
    progression: bool = False,
    taille_lot: int | None = None,
    reformes: tuple[str, ...] = (),
) -> pandas.DataFrame:
    """Compute a validated sample (paris_droits.lot.validation.preparer): see simuler().

    `taille_lot`: households per simulation; by default TAILLE_LOT, or TAILLE_LOT_POOL with a pool.
    `reformes`: reform names or YAML files (paris_droits.reformes), applied in order; the new
    aids a reform creates get their columns too.
    """
    from tqdm import tqdm

    periode = mois_couvert(periode)
    processus = _entier_positif(processus, "processus")
    if taille_lot is None:
        taille_lot = TAILLE_LOT if processus == 1 else TAILLE_LOT_POOL
    taille_lot = _entier_positif(taille_lot, "taille_lot")
    reformes = tuple(reformes)
    tbs = systeme_pour(reformes)
    liste_aides = aides_calculees(reformes)
    demandees = _variables_demandees(variables, tbs, liste_aides)
    menages_ok = preparation.menages_ok
    sortie = {ID_MENAGE: menages_ok[ID_MENAGE].array, POIDS: numpy.asarray(preparation.poids, dtype=numpy.float64)}
    if len(menages_ok) == 0:
        resultats = []
    else:
        with tqdm(
            total=len(menages_ok), disable=not progression, file=sys.stderr, unit=" ménages", desc="Calcul", leave=False
        ) as barre:
            resultats = _resultats(preparation, periode, demandees, processus, taille_lot, barre, reformes)
    manquantes: dict[str, str] = {}
    for resultat in resultats:
        manquantes.update(resultat[NON_ENCODEES])
    for nom in variables or ():
        if nom in manquantes:
            raise ErreurEntree(
                f"La variable « {nom} » n'a pas de règles au mois {periode} (paramètre « {manquantes[nom]} »).",
                champ="variables",
            )

    def colonne(nom):
        if not resultats:
            return numpy.zeros(0, dtype=numpy.bool_ if tbs.variables[nom].value_type is bool else numpy.float64)
        return numpy.concatenate([resultat[nom] for resultat in resultats])

    non_encodees = []
    for aide in liste_aides:
        if aide.montant in manquantes or aide.eligible in manquantes:
            # No rules this month: the columns say "unknown" (NaN, NA), never a silent 0.
            non_encodees.append(aide.slug)
            sortie[aide.slug] = numpy.full(len(menages_ok), numpy.nan)
            sortie[f"{aide.slug}_eligible"] = pandas.array([pandas.NA] * len(menages_ok), dtype="boolean")
            sortie[f"{aide.slug}_annuel"] = numpy.full(len(menages_ok), numpy.nan)
            continue
        montant = colonne(aide.montant)  # money is rounded to the cent once, by _en_sortie
        if getattr(tbs.variables[aide.montant], "unit", None) != UNITE_MONNAIE:
            montant = arrondi_centime(montant)
        sortie[aide.slug] = montant
        sortie[f"{aide.slug}_eligible"] = colonne(aide.eligible).astype(bool, copy=False)
        # × 1 keeps the cent; × 12 may not (172.16 × 12 = 2065.9199999999996): rounded once, then.
        sortie[f"{aide.slug}_annuel"] = montant if aide.facteur_annuel == 1 else arrondi_centime(montant * aide.facteur_annuel)
    for nom in variables or ():
        if nom not in sortie:
            sortie[nom] = colonne(nom)
    table = pandas.DataFrame(sortie, copy=False)
    table.attrs[NON_ENCODEES] = non_encodees
    return table


def aides_non_encodees(resultats: pandas.DataFrame) -> list[str]:
    """Slugs of the aids without rules at the computed month (their columns are NaN / NA)."""
    return list(resultats.attrs.get(NON_ENCODEES, []))


def simuler(
    menages: pandas.DataFrame,
    individus: pandas.DataFrame,
    periode: str,
    variables=None,
    processus: int = 1,
    progression: bool = False,
    taille_lot: int | None = None,
    reformes: tuple[str, ...] = (),
) -> pandas.DataFrame:
    """Every aid of the registry for every household: one row per household, in the order of `menages`.

    The sample is validated strictly: any defect raises ErreurEntree (one French
    sentence naming the file, column and row). To set bad households aside
    instead, validate first with paris_droits.lot.validation.valider() and pass
    the households and persons it kept.
    """
    periode = mois_couvert(periode)
    preparation = preparer(menages, individus, strict=True, periode=periode)
    return calculer(
        preparation, periode, variables=variables, processus=processus, progression=progression, taille_lot=taille_lot,
        reformes=reformes,
    )
