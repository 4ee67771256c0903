"""Batch runs: every aid of the registry for every household of a sample.

`simuler(menages, individus, periode)` validates the sample (strictly: use
paris_droits.lot.validation.valider first to set bad households aside), then
computes it in household-aligned chunks with OpenFisca's vectorised array
builder (declare_person_entity, declare_entity, join_with_persons with our own
validated int role codes, set_input per column). The tax-benefit system is
built once per process. Chunks are computed where the backend says
(paris_droits.lot.moteurs: this process, a local pool, a Dask cluster), always by
the same function, so the results do not depend on the backend.

Output: one row per household, in the order of `menages`: id_menage, poids, and
for every aid of the registry `<slug>` (amount, float64 rounded to the cent),
`<slug>_eligible` (bool) and `<slug>_annuel` (amount × 12 for a monthly aid,
× 1 for a yearly or one-off aid), then any extra household variable asked.
`calculer_par_lots` gives the same table chunk by chunk (what streamed runs write).
"""

from __future__ import annotations

import gc
import hashlib
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
import pandas
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits.catalogue.registre import aides, aides_des_reformes
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.moteurs import Moteur, est_ouvert, ouvrir
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
from paris_droits.regles.reformes import appliquer, chemin_reforme, en_donnees
from paris_droits.regles.roles import joindre_aux_personnes
from paris_droits.regles.systeme import systeme

TAILLE_LOT = 50_000  # households per chunk, in a single process
# With a pool, smaller chunks: two workers each holding a 50 000-household simulation
# (~40 MB of arrays) compete for the shared cache; each ran at about half speed
# (0.45 s a chunk instead of 0.25 s, measured on the 2-core machine).
TAILLE_LOT_POOL = 20_000
UNITE_MONNAIE = "currency-EUR"
NON_ENCODEES = "aides_non_encodees"
SYSTEMES_MAX = 32  # reformed tax-benefit systems kept per process (about 1 MB and 30 ms each)


_SYSTEMES: OrderedDict[tuple, object] = OrderedDict()
_VERROU_SYSTEMES = threading.Lock()
_GELE = False


def _cle(reforme):
    """A coded reform by its name, a reform as data by itself; a YAML reform by its content, since a
    server writes each edited reform to a new temporary file (the path says nothing of the content,
    and may come back with another one)."""
    if not isinstance(reforme, str) or not reforme.endswith((".yaml", ".yml")):
        return reforme
    try:
        return ("yaml", hashlib.sha256(chemin_reforme(reforme).read_bytes()).hexdigest())
    except OSError:
        return ("yaml", reforme)  # unreadable: building the system gives the French error


def systeme_pour(reformes: tuple = ()):
    """The tax-benefit system with these reforms applied (names, files or ReformeDonnees), built once
    per process; the SYSTEMES_MAX most recently used are kept (a reform grid or a server has many)."""
    reformes = tuple(reformes)
    if not reformes:
        return systeme()
    cle = tuple(_cle(reforme) for reforme in reformes)
    with _VERROU_SYSTEMES:
        if cle in _SYSTEMES:
            _SYSTEMES.move_to_end(cle)
            return _SYSTEMES[cle]
    construit = appliquer(list(reformes))
    with _VERROU_SYSTEMES:
        _SYSTEMES[cle] = construit
        while len(_SYSTEMES) > SYSTEMES_MAX:
            _SYSTEMES.popitem(last=False)
    return construit


def prechauffer(reformes: tuple = ()) -> None:
    """Build the tax-benefit systems a worker will need, once, as it starts."""
    systeme_pour(reformes)


def aides_calculees(reformes: tuple = ()) -> tuple:
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
    """Simulation array → output column: money to the cent in float64 (rounded here, once), enums and text as str."""
    if isinstance(valeurs, EnumArray):
        return numpy.asarray(valeurs.decode_to_str(), dtype=object)
    if variable.value_type is float:
        valeurs = numpy.asarray(valeurs, dtype=numpy.float64)
        return arrondi_centime(valeurs) if getattr(variable, "unit", None) == UNITE_MONNAIE else valeurs
    if valeurs.dtype.kind == "S":
        return numpy.char.decode(valeurs, "utf-8").astype(object)
    return numpy.asarray(valeurs)


@dataclass
class Tranche:
    """A chunk of households with all their persons, as a simulation takes them: household inputs,
    person inputs (birth dates, never ages), each person's household (0..n-1) and role code."""

    nombre_menages: int
    menages: dict
    individus: dict
    menage_des_individus: numpy.ndarray
    roles: numpy.ndarray


def _geler_le_tas() -> None:
    """Once per process, after the tax-benefit system is built: its objects leave the cyclic garbage
    collector's generations (gc.freeze), so that collecting each chunk's simulation costs 2 ms, not 45."""
    global _GELE
    if not _GELE:
        gc.collect()
        gc.freeze()
        _GELE = True


def calculer_tranche(tranche: Tranche, periode: str, demandees: list[str], reformes: tuple = ()) -> dict:
    """One chunk of households through one simulation; runs in this process or in a worker.

    A simulation holds reference cycles (populations and simulation point at each other): it is
    collected as soon as its chunk is done, so that no more than one chunk's arrays are alive."""
    tbs = systeme_pour(reformes)
    _geler_le_tas()
    constructeur = SimulationBuilder()
    constructeur.create_entities(tbs)
    # Ids as Python ranges: core turns them into a list before making an array, faster from ints.
    constructeur.declare_person_entity("individu", range(len(tranche.roles)))
    menages = constructeur.declare_entity("menage", range(tranche.nombre_menages))
    # Household ids are 0..n-1 and every household has a member (validated): each person's household
    # index is her household id. Formulas compare the integer role codes (paris_droits.regles.roles).
    joindre_aux_personnes(menages, tranche.menage_des_individus, tranche.roles)
    simulation = constructeur.build(tbs)
    for nom, valeurs in (*tranche.menages.items(), *tranche.individus.items()):
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
    del simulation, constructeur, menages
    gc.collect()
    return resultat


def tranches(preparation: Preparation, periode: str, taille_lot: int) -> Iterator[Tranche]:
    """Household-aligned chunks: households [debut, fin) with all their persons (ages become birth
    dates chunk by chunk, never for the whole sample at once)."""
    nombre = len(preparation.menages_ok)
    ordre = numpy.argsort(preparation.menage_des_individus, kind="stable")
    tries = preparation.menage_des_individus[ordre]
    for debut in range(0, nombre, taille_lot):
        fin = min(nombre, debut + taille_lot)
        premier, dernier = numpy.searchsorted(tries, [debut, fin])
        choisis = ordre[premier:dernier]
        individus = {nom: valeurs[choisis] for nom, valeurs in preparation.entrees_individus.items()}
        if AGE in individus:
            individus[DATE_NAISSANCE] = date_naissance_depuis_age(individus.pop(AGE), periode)
        yield Tranche(
            nombre_menages=fin - debut,
            menages={nom: valeurs[debut:fin] for nom, valeurs in preparation.entrees_menages.items()},
            individus=individus,
            menage_des_individus=tries[premier:dernier] - debut,
            roles=preparation.roles[choisis],
        )


@dataclass
class Calcul:
    """What one run computes: the month, the reforms (as data), the aids and the variables asked."""

    periode: str
    reformes: tuple
    liste_aides: tuple
    variables: tuple
    demandees: list
    tbs: object

    def taches(self, preparation: Preparation, taille_lot: int):
        """(size, arguments of calculer_tranche) per chunk."""
        for tranche in tranches(preparation, self.periode, taille_lot):
            yield tranche.nombre_menages, (tranche, self.periode, self.demandees, self.reformes)


def preparer_calcul(periode: str, variables=None, reformes: tuple = ()) -> Calcul:
    """Validate what a run asks (month, variables, reforms) before anything is computed."""
    periode = mois_couvert(periode)
    reformes = en_donnees(tuple(reformes))
    tbs = systeme_pour(reformes)
    liste_aides = aides_calculees(reformes)
    return Calcul(periode, reformes, liste_aides, tuple(variables or ()), _variables_demandees(variables, tbs, liste_aides), tbs)


def assembler(calcul: Calcul, resultats: list[dict], identifiants, poids: numpy.ndarray) -> pandas.DataFrame:
    """The output table of these chunks' results (in order), column by column: each chunk's array
    is dropped once its column is built, so the results are never held twice."""
    manquantes: dict[str, str] = {}
    for resultat in resultats:
        manquantes.update(resultat[NON_ENCODEES])
    for nom in calcul.variables:
        if nom in manquantes:
            raise ErreurEntree(
                f"La variable « {nom} » n'a pas de règles au mois {calcul.periode} (paramètre « {manquantes[nom]} »).",
                champ="variables",
            )
    nombre = len(poids)
    sortie = {ID_MENAGE: identifiants, POIDS: numpy.asarray(poids, dtype=numpy.float64)}

    def colonne(nom):
        if not resultats:
            return numpy.zeros(0, dtype=numpy.bool_ if calcul.tbs.variables[nom].value_type is bool else numpy.float64)
        morceaux = [resultat.pop(nom) for resultat in resultats]
        return morceaux[0] if len(morceaux) == 1 else numpy.concatenate(morceaux)

    non_encodees = []
    for aide in calcul.liste_aides:
        if aide.montant in manquantes or aide.eligible in manquantes:
            # No rules this month: the columns say "unknown" (NaN, NA), never a silent 0.
            non_encodees.append(aide.slug)
            for resultat in resultats:
                resultat.pop(aide.montant, None), resultat.pop(aide.eligible, None)
            sortie[aide.slug] = numpy.full(nombre, numpy.nan)
            sortie[f"{aide.slug}_eligible"] = pandas.array([pandas.NA] * nombre, dtype="boolean")
            sortie[f"{aide.slug}_annuel"] = numpy.full(nombre, numpy.nan)
            continue
        montant = colonne(aide.montant)  # money is rounded to the cent once, by _en_sortie
        if getattr(calcul.tbs.variables[aide.montant], "unit", None) != UNITE_MONNAIE:
            montant = arrondi_centime(montant)
        sortie[aide.slug] = montant
        sortie[f"{aide.slug}_eligible"] = colonne(aide.eligible).astype(bool, copy=False)
        # × 1 keeps the cent; × 12 may not (172.16 × 12 = 2065.9199999999996): rounded once, then.
        sortie[f"{aide.slug}_annuel"] = montant if aide.facteur_annuel == 1 else arrondi_centime(montant * aide.facteur_annuel)
    for nom in calcul.variables:
        if nom not in sortie:
            sortie[nom] = colonne(nom)
    table = pandas.DataFrame(sortie, copy=False)
    table.attrs[NON_ENCODEES] = non_encodees
    return table


def choisir_moteur(moteur, processus) -> Moteur:
    """The backend: `moteur` (a Moteur, or an open backend) when given, else `processus` local processes."""
    if moteur is not None:
        return moteur
    return Moteur("local", _entier_positif(processus, "processus"))


def taille_par_defaut(moteur, taille_lot) -> int:
    if taille_lot is None:
        parallele = moteur.processus > 1 if est_ouvert(moteur) else moteur.parallele
        return TAILLE_LOT_POOL if parallele else TAILLE_LOT
    return _entier_positif(taille_lot, "taille_lot")


def calculer_par_lots(
    preparation: Preparation, calcul: Calcul, execution, taille_lot: int, avancer=lambda taille: None
) -> Iterator[pandas.DataFrame]:
    """The output table chunk by chunk, in order, on an open backend (paris_droits.lot.moteurs.ouvrir)."""
    identifiants, nombre = preparation.menages_ok[ID_MENAGE], len(preparation.menages_ok)
    for rang, resultat in execution.executer(calcul.taches(preparation, taille_lot), calculer_tranche, avancer, partager=(0,)):
        debut = rang * taille_lot  # chunk k holds households [k × taille_lot, (k + 1) × taille_lot)
        fin = min(nombre, debut + taille_lot)
        yield assembler(calcul, [resultat], identifiants.iloc[debut:fin].reset_index(drop=True), preparation.poids[debut:fin])


def calculer(
    preparation: Preparation,
    periode: str,
    variables=None,
    processus: int = 1,
    progression: bool = False,
    taille_lot: int | None = None,
    reformes: tuple = (),
    moteur=None,
) -> pandas.DataFrame:
    """Compute a validated sample (paris_droits.lot.validation.preparer): see simuler().

    `taille_lot`: households per simulation; by default TAILLE_LOT, or TAILLE_LOT_POOL in parallel.
    `reformes`: reform names or YAML files (paris_droits.reformes), applied in order; the new
    aids a reform creates get their columns too. `moteur`: where to compute (a Moteur of
    paris_droits.lot.moteurs, or a backend already open); by default `processus` local processes.
    """
    from tqdm import tqdm

    calcul = preparer_calcul(periode, variables, reformes)
    moteur = choisir_moteur(moteur, processus)
    taille_lot = taille_par_defaut(moteur, taille_lot)
    menages_ok = preparation.menages_ok
    resultats: list[dict] = []
    if len(menages_ok):
        with (
            tqdm(total=len(menages_ok), disable=not progression, file=sys.stderr, unit=" ménages", desc="Calcul", leave=False) as barre,
            ouvrir(moteur, prechauffer, (calcul.reformes,)) as execution,
        ):
            taches = calcul.taches(preparation, taille_lot)
            resultats = [r for _, r in execution.executer(taches, calculer_tranche, barre.update, partager=(0,))]
    return assembler(calcul, resultats, menages_ok[ID_MENAGE].array, preparation.poids)


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
    reformes: tuple = (),
    moteur=None,
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
        reformes=reformes, moteur=moteur,
    )


def simuler_par_mois(menages: pandas.DataFrame, individus: pandas.DataFrame, periodes, variables=None, moteur=None,
                     taille_lot: int | None = None) -> pandas.DataFrame:
    """simuler() at each month of `periodes` (the same facts; each month's rules and ages), keyed by month:
    a first column `periode` (AAAA-MM), then the columns of simuler(), months one after the other.
    The backend is opened once for every month. For samples that do not fit in memory, `paris-droits lot
    --periode AAAA-MM..AAAA-MM` writes the same table month by month (paris_droits.lot.traitement)."""
    moteur = choisir_moteur(moteur, 1)
    tables = []
    with ouvrir(moteur, prechauffer, ((),)) as execution:
        for periode in periodes:
            table = simuler(menages, individus, periode, variables=variables, taille_lot=taille_lot, moteur=execution)
            table.insert(0, "periode", pandas.Series([mois_couvert(periode)] * len(table), dtype="string"))
            tables.append(table)
    return pandas.concat(tables, ignore_index=True)
