"""Synthetic Paris population: households and persons calibrated on public aggregates.

`generer_population(menages, graine, periode)` draws the inputs of a household sample in the
format of `paris_droits.lot.echantillon` (a `menages` and an `individus` table). The public
figures and every assumption it uses are named in `paris_droits.population.calibrage` (read here
as `cal.NAME`; the assumptions are listed in French in docs/equipes-politiques.md). The draw is
vectorised (1 M households in a few seconds) and deterministic for a given (number of households,
seed, period, generator version).

The draw is a sequence of named steps (composition, ages, persons, tenure, statuses of persons,
standard of living, housing costs, national benefits, incomes, tax notice, CAF file, residence and
canteen, aid-specific inputs, tables). Each step takes and returns explicit arrays (the small
dataclasses below) and draws only from its own random streams (`Flux`), always in the same order,
so that a given seed gives the same population byte for byte; a deliberate change of the draw
bumps VERSION_GENERATEUR.

Planted take-up (observed receipt `percoit_<slug>`) is added by `paris_droits.population.synthese`,
which needs the rules engine; this module only draws the population.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.population import calibrage as cal
from paris_droits.population.calibrage import (
    ACCEDANT,
    COMPLEXE,
    COUPLE,
    COUPLE_ENFANTS,
    DONNEES,
    ENTREES_PAR_DEFAUT,
    FOYER,
    GRATUIT,
    HLM,
    LIBELLES_TYPES_MENAGE,
    MEUBLE,
    MONO,
    PROPRIETAIRE,
    ROLES,
    SEUL,
    STATUTS,
    TYPES_MENAGE,
    VIDE,
    donnees,
    loi_enfants,
    menages_paris,
    parts_qpv,
    parts_statuts,
    parts_types,
)
from paris_droits.regles.systeme import systeme

VERSION_GENERATEUR = "1"
PERIODE_PAR_DEFAUT = "2026-11"

# The codes and the public data live in calibrage; other modules still read these names from here.
__all__ = [
    "COMPLEXE", "COUPLE", "COUPLE_ENFANTS", "DONNEES", "ENTREES_PAR_DEFAUT", "LIBELLES_TYPES_MENAGE", "MONO",
    "PERIODE_PAR_DEFAUT", "ROLES", "SEUL", "STATUTS", "TYPES_MENAGE", "VERSION_GENERATEUR",
    "Flux", "Population", "donnees", "flux_aleatoires", "generer_population", "menages_paris",
    "metadonnees_json", "parts_qpv", "type_menage",
]


@dataclass
class Population:
    menages: pd.DataFrame
    individus: pd.DataFrame
    metadonnees: dict = field(default_factory=dict)
    type_menage: np.ndarray | None = None  # codes in TYPES_MENAGE order, aligned on menages


# --- Vectorised helpers ---------------------------------------------------------------------------


def _probit(u: np.ndarray) -> np.ndarray:
    """Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9)."""
    a = (-3.969683028665376e01, 2.209460984245205e02, -2.759285104469687e02, 1.383577518672690e02,
         -3.066479806614716e01, 2.506628277459239e00)
    b = (-5.447609879822406e01, 1.615858368580409e02, -1.556989798598866e02, 6.680131188771972e01,
         -1.328068155288572e01)
    c = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e00, -2.549732539343734e00,
         4.374664141464968e00, 2.938163982698783e00)
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00, 3.754408661907416e00)
    u = np.clip(np.asarray(u, dtype=np.float64), 1e-12, 1 - 1e-12)
    bas = 0.02425
    x = np.empty_like(u)
    milieu = (u >= bas) & (u <= 1 - bas)
    q = u[milieu] - 0.5
    r = q * q
    x[milieu] = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (
        ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    queue = ~milieu
    qq = np.sqrt(-2 * np.log(np.where(u[queue] < 0.5, u[queue], 1 - u[queue])))
    valeur = (((((c[0] * qq + c[1]) * qq + c[2]) * qq + c[3]) * qq + c[4]) * qq + c[5]) / (
        (((d[0] * qq + d[1]) * qq + d[2]) * qq + d[3]) * qq + 1)
    x[queue] = np.where(u[queue] < 0.5, valeur, -valeur)
    return x


def _tirer_categorie(rng, probabilites: np.ndarray) -> np.ndarray:
    """One draw per row of a (n, k) probability matrix."""
    cumul = np.cumsum(probabilites, axis=1)
    cumul /= cumul[:, -1:]
    u = rng.random(len(probabilites))
    return (u[:, None] > cumul).sum(axis=1)


def _tirer_bandes(rng, n: int, bandes) -> np.ndarray:
    poids = np.array([b[2] for b in bandes], dtype=float)
    choix = rng.choice(len(bandes), size=n, p=poids / poids.sum())
    bas = np.array([b[0] for b in bandes], dtype=float)[choix]
    haut = np.array([b[1] for b in bandes], dtype=float)[choix]
    return bas + rng.random(n) * (haut - bas)


def _par_seuils(valeurs: np.ndarray, seuils) -> np.ndarray:
    """Value of a step function given as [(upper bound, value), ...] (bounds exclusive)."""
    bornes = np.array([s[0] for s in seuils], dtype=float)
    niveaux = np.array([s[1] for s in seuils], dtype=float)
    return niveaux[np.minimum(np.searchsorted(bornes, valeurs, side="right"), len(niveaux) - 1)]


def _impot(revenu_imposable: np.ndarray, parts: np.ndarray, couple: np.ndarray) -> np.ndarray:
    """Income tax (barème, décote), without the ceiling of the family quotient."""
    quotient = revenu_imposable / parts
    impot_part = np.zeros_like(quotient)
    for i, (seuil, taux) in enumerate(cal.BAREME_IR):
        haut = cal.BAREME_IR[i + 1][0] if i + 1 < len(cal.BAREME_IR) else np.inf
        impot_part += taux * np.clip(quotient - seuil, 0, haut - seuil)
    brut = impot_part * parts
    (seuil_seul, montant_seul), (seuil_couple, montant_couple), taux_decote = cal.DECOTE_IR
    seuil = np.where(couple, seuil_couple, seuil_seul)
    montant = np.where(couple, montant_couple, montant_seul)
    decote = np.where(brut < seuil, np.maximum(montant - taux_decote * brut, 0), 0)
    return np.maximum(brut - decote, 0)


def _annees_depuis_2021(periode: str) -> float:
    annee, mois = (int(x) for x in periode.split("-"))
    return (annee + (mois - 1) / 12) - 2021.5


def _centimes(x) -> np.ndarray:
    return np.round(np.asarray(x, dtype=np.float64), 2)



# --- The draw: random streams and steps -----------------------------------------------------------


@dataclass(frozen=True)
class Flux:
    """The nine random streams, spawned from SeedSequence([graine, 75056]) in this order.

    Each step draws from the streams named in its docstring and nowhere else; a stream shared by
    several steps (age, revenu, divers) is drawn by them in the order generer_population calls them.
    """

    menage: np.random.Generator
    age: np.random.Generator
    statut: np.random.Generator
    revenu: np.random.Generator
    personne: np.random.Generator
    logement: np.random.Generator
    divers: np.random.Generator
    caf: np.random.Generator
    aides: np.random.Generator


def flux_aleatoires(graine: int) -> Flux:
    """The nine PCG64 streams of a seed."""
    flux = np.random.SeedSequence([int(graine), 75056]).spawn(9)
    return Flux(*(np.random.Generator(np.random.PCG64(s)) for s in flux))


@dataclass(frozen=True)
class Composition:
    """Step 1, one value per household: where it lives and who it is made of."""

    arr: np.ndarray  # arrondissement index, 0..19
    qpv: np.ndarray
    type_menage: np.ndarray  # codes in TYPES_MENAGE order
    famille: np.ndarray  # couple with children or single parent
    nb_enfants: np.ndarray
    conjoint: np.ndarray  # 1 when the reference person lives with a spouse
    adultes_complexe: np.ndarray  # adults of a ménage complexe (drawn for every household)
    autres_adultes: np.ndarray  # adults other than the reference person in a ménage complexe


def _tirer_composition(rng: np.random.Generator, n: int) -> Composition:
    """Step 1 (stream menage): arrondissement, QPV, household type, children and other adults."""
    poids_arr = donnees().arrondissements.households.to_numpy(dtype=float)
    arr = rng.choice(20, size=n, p=poids_arr / poids_arr.sum())
    qpv = rng.random(n) < parts_qpv()[arr]
    type_menage = _tirer_categorie(rng, parts_types()[arr])
    famille = (type_menage == COUPLE_ENFANTS) | (type_menage == MONO)
    loi = loi_enfants()
    nb_enfants = np.where(famille, rng.choice(list(loi), size=n, p=list(loi.values())), 0).astype(np.int64)
    conjoint = ((type_menage == COUPLE) | (type_menage == COUPLE_ENFANTS)).astype(np.int64)
    adultes_complexe = rng.choice(
        list(cal.ADULTES_MENAGE_COMPLEXE), size=n, p=list(cal.ADULTES_MENAGE_COMPLEXE.values())
    )
    autres_adultes = np.where(type_menage == COMPLEXE, adultes_complexe - 1, 0).astype(np.int64)
    return Composition(arr, qpv, type_menage, famille, nb_enfants, conjoint, adultes_complexe, autres_adultes)


@dataclass(frozen=True)
class Ages:
    """Step 2: ages of the children (one per child) and of the adults of each household."""

    age_enfant: np.ndarray  # one per child, children contiguous per household, in household order
    aine: np.ndarray  # eldest child's age, 0 without children
    age_ref: np.ndarray
    age_conjoint: np.ndarray  # drawn for every household, used where there is a spouse
    heberge: np.ndarray  # 1 when the household hosts a parent aged 70+
    nb_autres: np.ndarray  # other adults: those of a ménage complexe and hosted parents


def _tirer_ages_enfants(rng: np.random.Generator, nb_enfants: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Step 2a (stream age): children's ages (twins share the eldest's), and each household's eldest."""
    n = len(nb_enfants)
    poids_enfant = np.array(cal.POIDS_AGE_ENFANT)
    enfant_menage = np.repeat(np.arange(n), nb_enfants)
    debut_enfants = np.cumsum(nb_enfants) - nb_enfants
    rang_enfant = np.arange(len(enfant_menage)) - debut_enfants[enfant_menage]
    age_enfant = rng.choice(len(poids_enfant), size=len(enfant_menage), p=poids_enfant / poids_enfant.sum())
    age_enfant = age_enfant + rng.random(len(enfant_menage))
    jumeaux = (nb_enfants >= 2) & (rng.random(n) < cal.PROBA_JUMEAUX)
    second = np.flatnonzero(jumeaux[enfant_menage] & (rang_enfant == 1))
    age_enfant[second] = age_enfant[second - 1]
    aine = np.zeros(n)
    avec_enfants = np.flatnonzero(nb_enfants > 0)
    if len(avec_enfants):  # children are contiguous per household
        aine[avec_enfants] = np.maximum.reduceat(age_enfant, debut_enfants[avec_enfants])
    return age_enfant, aine


def _tirer_ages(rng: np.random.Generator, c: Composition) -> Ages:
    """Step 2 (stream age): children first, parents from their eldest child, other types from
    bands; the spouse near the reference person; a parent aged 70+ hosted by some households."""
    n = len(c.type_menage)
    age_enfant, aine = _tirer_ages_enfants(rng, c.nb_enfants)
    age_ref = np.zeros(n)
    for code, bandes in cal.AGES_REFERENCE.items():
        masque = c.type_menage == code
        age_ref[masque] = _tirer_bandes(rng, int(masque.sum()), bandes)
    for code, (bas, haut) in ((COUPLE_ENFANTS, cal.ECART_AGE_PARENT["couple"]), (MONO, cal.ECART_AGE_PARENT["mono"])):
        masque = c.type_menage == code
        age_ref[masque] = aine[masque] + bas + rng.random(int(masque.sum())) * (haut - bas)
    age_ref = np.clip(age_ref, 18, 99)
    age_conjoint = np.clip(age_ref + rng.normal(-1.5, 5, n), 18, 99)
    age_conjoint = np.where(c.famille, np.maximum(age_conjoint, aine + 18), age_conjoint)
    heberge = (
        np.isin(c.type_menage, (SEUL, COUPLE, COUPLE_ENFANTS))
        & (age_ref >= 45) & (age_ref < 70)
        & (rng.random(n) < cal.PROBA_PARENT_HEBERGE)
    ).astype(np.int64)
    return Ages(age_enfant, aine, age_ref, age_conjoint, heberge, c.autres_adultes + heberge)


@dataclass(frozen=True)
class Personnes:
    """Step 3: the persons table skeleton (one value per person, households contiguous)."""

    taille: np.ndarray  # per household: number of persons
    menage_de: np.ndarray  # household index of each person
    debut: np.ndarray  # per household: position of its reference person
    role: np.ndarray  # 0 reference person, 1 spouse, 2 child, 3 other (ROLES order)
    age: np.ndarray
    adulte: np.ndarray


def _construire_personnes(rng: np.random.Generator, c: Composition, a: Ages) -> Personnes:
    """Step 3 (stream age): one row per person with its role, and the ages of the other adults
    (flatmates near the reference person's age, hosted parents 24 to 36 years older)."""
    taille = 1 + c.conjoint + c.nb_enfants + a.nb_autres
    menage_de = np.repeat(np.arange(len(taille)), taille)
    debut = np.cumsum(taille) - taille
    position = np.arange(len(menage_de)) - debut[menage_de]
    conjoint = c.conjoint[menage_de]
    role = np.select(
        [position == 0, position < 1 + conjoint, position < 1 + conjoint + c.nb_enfants[menage_de]],
        [0, 1, 2],
        3,
    )
    age = np.empty(len(menage_de))
    age[role == 0] = a.age_ref
    age[role == 1] = a.age_conjoint[c.conjoint == 1]
    age[role == 2] = a.age_enfant
    autres_menage = menage_de[role == 3]
    age_ref_autres = a.age_ref[autres_menage]
    jeune_colocation = age_ref_autres < 35
    age_autres = np.where(
        c.type_menage[autres_menage] == COMPLEXE,
        np.where(
            jeune_colocation,
            np.clip(age_ref_autres + rng.normal(0, 3, len(autres_menage)), 18, 40),
            np.clip(age_ref_autres + rng.normal(0, 12, len(autres_menage)), 18, 95),
        ),
        np.clip(age_ref_autres + 24 + 12 * rng.random(len(autres_menage)), 70, 102),
    )
    age[role == 3] = age_autres
    return Personnes(taille, menage_de, debut, role, age, age >= 18)


def _probabilites_statut(arr: np.ndarray, combinaison: np.ndarray) -> np.ndarray:
    """(20, 10, 4) tenure probabilities by arrondissement and (group, QPV) combination: each
    arrondissement's Insee shares tilted by group, then raked so that the arrondissement keeps them."""
    noms_groupes = ("jeune", "age", "mono", "couple_enfants", "autre")
    inclinaison = np.array([cal.INCLINAISONS_STATUT[g] for g in noms_groupes])  # (5, 4)
    effectifs = np.bincount(arr * 10 + combinaison, minlength=200).reshape(20, 10).astype(float)
    base = parts_statuts()  # (20, 4)
    inclinaison_c = np.repeat(inclinaison, 2, axis=0).copy()  # (10, 4)
    inclinaison_c[1::2, 0] *= cal.INCLINAISON_HLM_QPV
    facteur = np.ones((20, 4))
    for _ in range(50):
        brut = base[:, None, :] * inclinaison_c[None, :, :] * facteur[:, None, :]
        prob = brut / brut.sum(axis=2, keepdims=True)
        attendu = (effectifs[:, :, None] * prob).sum(axis=1) / np.maximum(effectifs.sum(axis=1, keepdims=True), 1)
        facteur *= np.where(attendu > 0, base / np.maximum(attendu, 1e-12), 1)
    brut = base[:, None, :] * inclinaison_c[None, :, :] * facteur[:, None, :]
    return brut / brut.sum(axis=2, keepdims=True)


def _tirer_statut_occupation(rng: np.random.Generator, c: Composition, a: Ages) -> np.ndarray:
    """Step 4 (stream statut): tenure (STATUTS codes), raked on each arrondissement's Insee shares;
    private tenants split into empty, furnished and foyer, owners into owners and first-time buyers."""
    age_ref, type_menage = a.age_ref, c.type_menage
    groupe = np.select(
        [age_ref < 30, age_ref >= 65, type_menage == MONO, type_menage == COUPLE_ENFANTS],
        [0, 1, 2, 3],
        4,
    )
    combinaison = groupe * 2 + c.qpv  # (group, qpv) in 10 combinations
    prob = _probabilites_statut(c.arr, combinaison)
    grand_statut = _tirer_categorie(rng, prob[c.arr, combinaison])
    classe_age = np.where(age_ref < 30, 0, np.where(age_ref >= 65, 1, 2))
    n = len(age_ref)
    u = rng.random(n)
    cles = ("jeune", "age", "autre")
    part_foyer = np.array([cal.PART_FOYER[cle] for cle in cles])[classe_age] * (type_menage == SEUL)
    part_meuble = np.array([cal.PART_MEUBLE[cle] for cle in cles])[classe_age]
    prive = np.where(u < part_foyer, FOYER, np.where(u < part_foyer + part_meuble, MEUBLE, VIDE))
    accedant = rng.random(n) < _par_seuils(age_ref, cal.PART_ACCEDANTS)
    return np.select(
        [grand_statut == 0, grand_statut == 1, grand_statut == 2],
        [HLM, prive, np.where(accedant, ACCEDANT, PROPRIETAIRE)],
        GRATUIT,
    )


@dataclass(frozen=True)
class Situations:
    """Step 5, one value per person: disability, studies, retirement, unemployment, inactivity."""

    handicap: np.ndarray
    aeeh: np.ndarray
    aah: np.ndarray
    etudiant: np.ndarray
    boursier: np.ndarray
    retraite: np.ndarray
    inaptitude: np.ndarray
    chomeur: np.ndarray
    invalidite: np.ndarray
    inactif: np.ndarray


def _tirer_situations(rng: np.random.Generator, c: Composition, p: Personnes) -> Situations:
    """Step 5 (stream personne): statuses of persons, by age and role."""
    age, role = p.age, p.role
    u = rng.random((7, len(age)), dtype=np.float32)
    handicap = p.adulte & (u[0] < _par_seuils(age, cal.PREVALENCE_HANDICAP))
    aeeh = (role == 2) & (age < 20) & (u[1] < cal.PREVALENCE_AEEH)
    handicap = handicap | aeeh
    aah = handicap & (age >= 20) & (age < 65) & (u[2] < cal.PART_AAH_PARMI_HANDICAPES)
    etudiant = (role != 3) | (c.type_menage[p.menage_de] == COMPLEXE)
    etudiant = etudiant & (u[3] < _par_seuils(age, cal.PART_ETUDIANTS))
    boursier = etudiant & (u[4] < cal.PART_BOURSIERS)
    retraite = u[5] < _par_seuils(age, cal.PART_RETRAITES)
    inaptitude = retraite & (age >= 60) & (age < 65) & (u[6] < cal.PART_INAPTITUDE)
    actif_possible = p.adulte & ~etudiant & ~retraite & ~aah
    u2 = rng.random((4, len(age)), dtype=np.float32)
    chomeur = actif_possible & (u2[0] < cal.PART_CHOMEURS)
    invalidite = handicap & p.adulte & ~aah & ~retraite & (u2[1] < cal.PART_PENSION_INVALIDITE)
    inactif = (role == 1) & actif_possible & (u2[2] < cal.PART_CONJOINTS_INACTIFS)
    return Situations(handicap, aeeh, aah, etudiant, boursier, retraite, inaptitude, chomeur, invalidite, inactif)


@dataclass(frozen=True)
class NiveauDeVie:
    """Step 6, one value per household: standard of living and disposable income."""

    z: np.ndarray  # normal score of the household's rank within its arrondissement
    mediane: np.ndarray  # the arrondissement's Filosofi median standard of living (2021 €)
    niveau_de_vie: np.ndarray  # € per consumption unit per year (2021)
    disponible: np.ndarray  # household disposable income, € per month at the period


def _rang_dans_arrondissement(score: np.ndarray, arr: np.ndarray, personnes: np.ndarray) -> np.ndarray:
    """Mid-rank in [0, 1] of each household's score within its arrondissement, weighted by persons."""
    n = len(score)
    ordre = np.lexsort((score, arr))
    personnes = personnes[ordre].astype(float)
    cumul = np.cumsum(personnes)
    arr_trie = arr[ordre]
    fin_arr = np.searchsorted(arr_trie, np.arange(20), side="right")
    debut_arr = np.concatenate([[0], fin_arr[:-1]])
    avant = np.concatenate([[0.0], cumul])[debut_arr]
    total = cumul[np.maximum(fin_arr - 1, 0)] - avant
    rang = np.empty(n)
    rang[ordre] = (cumul - personnes / 2 - avant[arr_trie]) / total[arr_trie]
    return rang


def _tirer_niveau_de_vie(
    rng: np.random.Generator, c: Composition, a: Ages, p: Personnes, statut: np.ndarray, periode: str
) -> NiveauDeVie:
    """Step 6 (stream revenu): a latent score, ranked within each arrondissement (persons-weighted),
    mapped on the arrondissement's Filosofi median and deciles (wider tail below D1)."""
    n = len(statut)
    arr_table = donnees().arrondissements
    enfants_moins_14 = np.bincount(p.menage_de, weights=(p.age < 14), minlength=n)
    uc = 1 + 0.5 * (p.taille - 1 - enfants_moins_14) + 0.3 * enfants_moins_14
    score = (
        rng.normal(0, 1, n)
        + np.array(cal.DECALAGES_REVENU_STATUT)[statut]
        + cal.DECALAGE_REVENU_QPV * c.qpv
        + np.array(cal.DECALAGES_REVENU_TYPE)[c.type_menage]
        + cal.DECALAGE_REVENU_MOINS_DE_25_ANS * (a.age_ref < 25)
    )
    rang = _rang_dans_arrondissement(score, c.arr, p.taille - a.heberge)
    mediane = arr_table.median_uc_eur.to_numpy(dtype=float)[c.arr]
    d1 = arr_table.filo_d1_uc_eur.to_numpy(dtype=float)[c.arr]
    d9 = arr_table.filo_d9_uc_eur.to_numpy(dtype=float)[c.arr]
    z = _probit(rang)
    z90 = _probit(np.array([0.9]))[0]
    sigma = np.where(z < 0, np.log(mediane / d1), np.log(d9 / mediane)) / z90
    sous_d1 = z < -z90
    sigma = np.where(sous_d1, sigma * (1 + (cal.ELARGISSEMENT_SOUS_D1 - 1) * (1 - z90 / np.where(sous_d1, -z, 1))), sigma)
    niveau_de_vie = mediane * np.exp(sigma * z)  # € per UC per year (2021)
    croissance = (1 + cal.CROISSANCE_REVENUS_ANNUELLE) ** _annees_depuis_2021(periode)
    disponible = niveau_de_vie * uc * croissance / 12  # household disposable income, € per month
    return NiveauDeVie(z, mediane, niveau_de_vie, disponible)


@dataclass(frozen=True)
class Logement:
    """Step 7, one value per household: monthly housing costs (€)."""

    locataire: np.ndarray
    loyer: np.ndarray
    charges: np.ndarray
    copropriete: np.ndarray
    mensualites: np.ndarray


def _tirer_logement(
    rng: np.random.Generator, a: Ages, p: Personnes, statut: np.ndarray, nv: NiveauDeVie
) -> Logement:
    """Step 7 (stream logement): rooms and surface from household size and income, then rent,
    service charges, co-ownership charges and loan repayments by tenure."""
    n = len(statut)
    pieces = np.clip(np.round(0.75 * (p.taille - a.heberge) + 0.6 + 0.35 * nv.z + rng.normal(0, 0.7, n)), 1, 6)
    surface = np.maximum(12 + 16 * pieces + rng.normal(0, 5, n), 9)
    indice_arr = (nv.mediane / float(donnees().paris["median_uc_eur"])) ** 0.8
    bruit_loyer = np.exp(rng.normal(0, 0.15, n))
    loyer = np.select(
        [statut == HLM, statut == VIDE, statut == MEUBLE, statut == FOYER],
        [
            cal.LOYER_M2_HLM * surface * bruit_loyer,
            cal.LOYER_M2_PRIVE * indice_arr * surface * bruit_loyer,
            cal.LOYER_M2_PRIVE * cal.MAJORATION_MEUBLE * indice_arr * surface * bruit_loyer,
            400 + 200 * rng.random(n),
        ],
        0.0,
    )
    locataire = np.isin(statut, (HLM, VIDE, MEUBLE, FOYER))
    charges = np.where(statut == HLM, cal.CHARGES_M2["hlm"], cal.CHARGES_M2["prive"]) * surface * np.exp(
        rng.normal(0, 0.2, n)
    )
    charges = np.where(locataire & (statut != FOYER), charges, 0.0)
    copropriete = np.where(
        np.isin(statut, (PROPRIETAIRE, ACCEDANT)),
        cal.CHARGES_M2["copropriete"] * surface * np.exp(rng.normal(0, 0.25, n)),
        0.0,
    )
    mensualites = np.where(statut == ACCEDANT, cal.MENSUALITE_M2 * indice_arr * surface * bruit_loyer, 0.0)
    return Logement(locataire, loyer, charges, copropriete, mensualites)


@dataclass(frozen=True)
class Recours:
    """Step 8a, one value per household: alimony received, and take-up of RSA, housing benefit, ASPA."""

    pension_alimentaire: np.ndarray
    recourt_rsa: np.ndarray
    recourt_al: np.ndarray
    recourt_aspa: np.ndarray


def _tirer_recours(rng: np.random.Generator, c: Composition) -> Recours:
    """Step 8a (stream divers): single parents receiving alimony, households taking up each benefit."""
    n = len(c.type_menage)
    pension_alimentaire = (c.type_menage == MONO) & (rng.random(n) < cal.PART_PENSION_ALIMENTAIRE)
    recourt_rsa = rng.random(n) < cal.TAUX_RECOURS_RSA
    recourt_al = rng.random(n) < cal.TAUX_RECOURS_AL
    recourt_aspa = rng.random(n) < cal.TAUX_RECOURS_ASPA
    return Recours(pension_alimentaire, recourt_rsa, recourt_al, recourt_aspa)


@dataclass(frozen=True)
class Baremes:
    """Step 8b, one value per household: what its simplified national benefits need besides its
    declared income (not the CAF computation: an order of magnitude to draw consistent incomes)."""

    type_menage: np.ndarray
    adultes_complexe: np.ndarray
    nb_pf: np.ndarray  # children under 20 (family benefits)
    nb_moins_3: np.ndarray
    nb_3_20: np.ndarray
    nb_aeeh: np.ndarray
    recours: Recours
    locataire: np.ndarray
    loyer: np.ndarray
    plafond_loyer: np.ndarray
    charges_al: np.ndarray
    taux_al: np.ndarray
    abattement_al: np.ndarray
    af_base: np.ndarray
    ouvre_rsa: np.ndarray
    base_rsa: float
    coef_rsa: np.ndarray
    forfait_logement: np.ndarray
    age_max_couple: np.ndarray
    ouvre_aspa: np.ndarray
    plafond_aspa: np.ndarray
    aspa_personne_seule: float
    montant_aah: float

    def prestations(self, declare: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Family benefits, housing benefit, RSA and ASPA (€ per month) for a declared monthly income."""
        modulation = np.where(declare > cal.MODULATION_AF[1][0], cal.MODULATION_AF[1][1],
                              np.where(declare > cal.MODULATION_AF[0][0], cal.MODULATION_AF[0][1], 1.0))
        af = self.af_base * modulation
        cf = np.where((self.nb_3_20 >= 3) & (declare < cal.COMPLEMENT_FAMILIAL[0]), cal.COMPLEMENT_FAMILIAL[1], 0.0)
        asf = np.where((self.type_menage == MONO) & ~self.recours.pension_alimentaire, cal.ASF_PAR_ENFANT * self.nb_pf, 0.0)
        paje = np.where((self.nb_moins_3 > 0) & (declare < cal.PAJE_BASE[0]), cal.PAJE_BASE[1], 0.0)
        pf = af + cf + asf + paje + cal.AEEH_BASE * self.nb_aeeh
        al = np.where(
            self.locataire & self.recours.recourt_al,
            np.maximum(np.minimum(self.loyer, self.plafond_loyer) + self.charges_al - cal.PARTICIPATION_MINIMALE_AL
                       - self.taux_al * np.maximum(declare - self.abattement_al, 0), 0),
            0.0,
        )
        al = np.minimum(al, self.loyer)
        fl = np.where((al > 0) | ~self.locataire, self.forfait_logement, 0.0)
        ressources_rsa = np.where(
            self.type_menage == COMPLEXE, declare / np.maximum(self.adultes_complexe, 1), declare
        )
        rsa = np.where(
            self.ouvre_rsa & self.recours.recourt_rsa,
            np.maximum(self.base_rsa * self.coef_rsa - fl - ressources_rsa - af, 0),
            0.0,
        )
        aspa = np.where(
            self.ouvre_aspa & self.recours.recourt_aspa, np.maximum(self.plafond_aspa - declare, 0), 0.0
        )
        return pf, al, rsa, aspa


def _baremes(
    parametres, c: Composition, a: Ages, p: Personnes, s: Situations, logement: Logement, recours: Recours
) -> Baremes:
    """Step 8b (no draw): children counted by the CAF, RSA and AL scales, ASPA ceilings, AF base."""
    n = len(c.type_menage)
    enfant_pf = (p.role == 2) & (p.age < 20)
    nb_pf = np.bincount(p.menage_de, weights=enfant_pf, minlength=n)
    nb_moins_3 = np.bincount(p.menage_de, weights=(p.role == 2) & (p.age < 3), minlength=n)
    nb_3_20 = np.bincount(p.menage_de, weights=enfant_pf & (p.age >= 3), minlength=n)
    nb_aeeh = np.bincount(p.menage_de, weights=s.aeeh, minlength=n)
    parametres_aspa = parametres.communs.aspa
    base_rsa = float(parametres.communs.rsa.montant_forfaitaire)
    personnes_rsa = np.where(c.type_menage == COMPLEXE, 1, 1 + c.conjoint + nb_pf)
    coef_rsa = (
        1 + 0.5 * (personnes_rsa >= 2) + 0.3 * (personnes_rsa >= 3) + 0.3 * (personnes_rsa >= 4)
        + 0.4 * np.maximum(personnes_rsa - 4, 0)
    )
    forfait_logement = base_rsa * np.select([personnes_rsa == 1, personnes_rsa == 2], [0.12, 0.24], 0.297)
    ouvre_rsa = ((a.age_ref >= 25) | (nb_pf > 0)) & (a.age_ref < 65)
    age_max_couple = np.maximum(a.age_ref, np.where(c.conjoint == 1, a.age_conjoint, 0))
    plafond_aspa = np.where(
        c.conjoint == 1, float(parametres_aspa.montant_couple), float(parametres_aspa.montant_personne_seule)
    )
    l1, l2, l3, lsup = cal.PLAFONDS_LOYER_AL
    personnes_al = p.taille - a.heberge
    plafond_loyer = np.select(
        [personnes_al == 1, personnes_al == 2], [l1, l2], l3 + lsup * np.maximum(personnes_al - 3, 0)
    )
    abattement_al = np.where(c.conjoint == 1, cal.ABATTEMENT_AL[1], cal.ABATTEMENT_AL[0]) + cal.ABATTEMENT_AL[2] * nb_pf
    af0, af1, af2, af3, afsup = cal.ALLOCATIONS_FAMILIALES
    af_base = np.select([nb_pf <= 1, nb_pf == 2], [0.0, af2], af3 + afsup * np.maximum(nb_pf - 3, 0))
    return Baremes(
        type_menage=c.type_menage, adultes_complexe=c.adultes_complexe,
        nb_pf=nb_pf, nb_moins_3=nb_moins_3, nb_3_20=nb_3_20, nb_aeeh=nb_aeeh, recours=recours,
        locataire=logement.locataire, loyer=logement.loyer, plafond_loyer=plafond_loyer,
        charges_al=cal.FORFAIT_CHARGES_AL[0] + cal.FORFAIT_CHARGES_AL[1] * nb_pf,
        taux_al=cal.TAUX_PARTICIPATION_AL / (1 + 0.35 * nb_pf), abattement_al=abattement_al, af_base=af_base,
        ouvre_rsa=ouvre_rsa, base_rsa=base_rsa, coef_rsa=coef_rsa, forfait_logement=forfait_logement,
        age_max_couple=age_max_couple, ouvre_aspa=age_max_couple >= 65, plafond_aspa=plafond_aspa,
        aspa_personne_seule=float(parametres_aspa.montant_personne_seule),
        montant_aah=float(parametres.communs.aah.montant),
    )


@dataclass(frozen=True)
class Prestations:
    """Step 8, one value per household: declared monthly income and national benefits (€ per month)."""

    baremes: Baremes
    declare: np.ndarray
    parts_fiscales: np.ndarray  # tax shares before the half share of disabled members
    pf: np.ndarray  # family benefits
    al: np.ndarray  # housing benefit
    rsa: np.ndarray
    aspa_menage: np.ndarray


def _prestations_nationales(
    rng: np.random.Generator, parametres, c: Composition, a: Ages, p: Personnes, s: Situations,
    logement: Logement, nv: NiveauDeVie,
) -> Prestations:
    """Step 8 (stream divers): the declared income such that declared income + benefits - tax
    matches the drawn disposable income (8 damped fixed-point iterations), and the benefits."""
    n = len(c.type_menage)
    nb_aah = np.bincount(p.menage_de, weights=s.aah & (p.role != 3), minlength=n)
    baremes = _baremes(parametres, c, a, p, s, logement, _tirer_recours(rng, c))
    parts_fiscales = (
        1 + c.conjoint + 0.5 * np.minimum(c.nb_enfants, 2) + 1.0 * np.maximum(c.nb_enfants - 2, 0)
        + 0.5 * (c.type_menage == MONO)
    )
    part_aah_estimee = nb_aah * baremes.montant_aah * 0.9
    cible = nv.disponible
    declare = cible.copy()
    for _ in range(8):
        pf, al, rsa, aspa = baremes.prestations(declare)
        impot = _impot(12 * cal.ABATTEMENT_10_POURCENT * declare, parts_fiscales, c.conjoint == 1) / 12
        nouveau = np.maximum(cible - pf - al - rsa - aspa - part_aah_estimee + impot, 0)
        declare = 0.5 * declare + 0.5 * nouveau
    pf, al, rsa, aspa_menage = baremes.prestations(declare)
    return Prestations(baremes, declare, parts_fiscales, pf, al, rsa, aspa_menage)


@dataclass(frozen=True)
class Revenus:
    """Step 9, one value per person: monthly incomes and benefits (€)."""

    revenu: np.ndarray  # the person's share of the declared income, net of alimony and other income
    pensions_alimentaires: np.ndarray
    autres_revenus: np.ndarray
    retraite_nette: np.ndarray
    chomage_net: np.ndarray
    invalidite_montant: np.ndarray
    salaire_net: np.ndarray
    aah_montant: np.ndarray
    aspa_montant: np.ndarray


def _partager_revenu_declare(
    rng: np.random.Generator, c: Composition, p: Personnes, s: Situations, declare: np.ndarray
) -> np.ndarray:
    """Step 9a (stream revenu): split each household's declared income among its earning adults."""
    type_menage_personne = c.type_menage[p.menage_de]
    role = p.role
    u3 = rng.random((3, len(p.age)), dtype=np.float32)
    poids = np.select(
        [role == 0, role == 1, (role == 3) & (type_menage_personne == COMPLEXE), (role == 2) & p.adulte],
        [np.ones(len(p.age)), 0.35 + 0.75 * u3[0], 0.6 + 0.6 * u3[1], np.where(s.etudiant, 0.06, 0.35)],
        0.0,
    )
    poids = np.where(s.inactif, 0.0, poids)
    poids = np.where(s.aah, 0.1 * poids, poids)
    poids = np.where((role == 3) & (type_menage_personne != COMPLEXE), 0.0, poids)  # hosted parents: own pension
    n = len(c.type_menage)
    somme = np.bincount(p.menage_de, weights=poids, minlength=n)
    poids = np.where((somme[p.menage_de] == 0) & (role == 0), 1.0, poids)
    somme = np.bincount(p.menage_de, weights=poids, minlength=n)
    return declare[p.menage_de] * poids / somme[p.menage_de]


def _tirer_revenus(
    rng_revenu: np.random.Generator, rng_divers: np.random.Generator, c: Composition, a: Ages,
    p: Personnes, s: Situations, nv: NiveauDeVie, prest: Prestations,
) -> Revenus:
    """Step 9 (streams revenu, then divers): each person's incomes by kind (alimony and other income
    to the reference person, hosted parents' own pension), AAH, and ASPA (the household amount to
    the eldest of the couple; a hosted parent claims alone)."""
    age, role, menage_de = p.age, p.role, p.menage_de
    d = donnees()
    declare = prest.declare
    revenu = _partager_revenu_declare(rng_revenu, c, p, s, declare)
    pension_versee = np.where(
        prest.baremes.recours.pension_alimentaire,
        np.minimum(cal.PENSION_ALIMENTAIRE_PAR_ENFANT * c.nb_enfants, 0.5 * declare),
        0,
    )
    pensions_alimentaires = np.where(role == 0, np.minimum(pension_versee[menage_de], revenu), 0.0)
    revenu = revenu - pensions_alimentaires
    mediane_paris = float(d.paris["median_uc_eur"])
    part_autres = np.clip(
        0.5 * np.log(nv.niveau_de_vie / mediane_paris) / np.log(float(d.paris["filo_d9_uc_eur"]) / mediane_paris), 0, 0.6
    )
    autres_revenus = np.where(role == 0, part_autres[menage_de] * revenu, 0.0)
    revenu = revenu - autres_revenus
    pension_heberge = np.where(
        (role == 3) & (c.type_menage[menage_de] != COMPLEXE), 700 + 1100 * rng_revenu.random(len(age)), 0.0
    )
    retraite_nette = np.where(s.retraite, revenu, 0.0) + pension_heberge
    chomage_net = np.where(s.chomeur, revenu, 0.0)
    invalidite_montant = np.where(s.invalidite, 0.6 * revenu, 0.0)
    salaire_net = np.where(~s.retraite & ~s.chomeur, revenu - invalidite_montant, 0.0)
    aah_montant = np.where(s.aah, np.maximum(prest.baremes.montant_aah - revenu, 0), 0.0)
    vieux = ((role == 0) & (a.age_ref[menage_de] >= prest.baremes.age_max_couple[menage_de])) | (
        (role == 1) & (a.age_conjoint[menage_de] > a.age_ref[menage_de])
    )
    aspa_montant = np.where(vieux & (age >= 65), prest.aspa_menage[menage_de], 0.0)
    aspa_heberge = (pension_heberge > 0) & (rng_divers.random(len(age)) < cal.TAUX_RECOURS_ASPA)
    aspa_montant += np.where(
        aspa_heberge, np.maximum(prest.baremes.aspa_personne_seule - pension_heberge, 0), 0.0
    )
    return Revenus(revenu, pensions_alimentaires, autres_revenus, retraite_nette, chomage_net,
                   invalidite_montant, salaire_net, aah_montant, aspa_montant)


@dataclass(frozen=True)
class AvisImpot:
    """Step 10, one value per household: the tax notice (income of year N-2)."""

    evolution: np.ndarray  # income of the period over income of year N-2
    revenu_fiscal_reference: np.ndarray
    parts_fiscales: np.ndarray
    impot_revenu: np.ndarray


def _tirer_avis_impot(
    rng: np.random.Generator, c: Composition, p: Personnes, s: Situations, rev: Revenus, prest: Prestations
) -> AvisImpot:
    """Step 10 (stream divers): taxable income of the tax household (hosted persons apart), its
    drift since year N-2, shares (half a share per disabled member) and income tax."""
    n = len(c.type_menage)
    menage_de = p.menage_de
    foyer_fiscal = p.role != 3
    imposable = np.bincount(
        menage_de,
        weights=foyer_fiscal * (cal.ABATTEMENT_10_POURCENT * (rev.salaire_net + rev.chomage_net + rev.retraite_nette
                                                          + rev.invalidite_montant + rev.pensions_alimentaires)
                                + rev.autres_revenus),
        minlength=n,
    )
    evolution = np.exp(rng.normal(-0.05, 0.12, n))
    rfr = 12 * imposable * evolution
    parts_fiscales = prest.parts_fiscales + 0.5 * np.bincount(menage_de, weights=foyer_fiscal & s.handicap, minlength=n)
    impot_revenu = _impot(rfr, parts_fiscales, c.conjoint == 1)
    return AvisImpot(evolution, rfr, parts_fiscales, impot_revenu)


def _tirer_dossier_caf(
    rng: np.random.Generator, c: Composition, p: Personnes, rev: Revenus, prest: Prestations, evolution: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Step 11 (stream caf): who has a CAF file (allocataire) and the QF printed on the attestation
    some families show (NaN otherwise)."""
    n = len(c.type_menage)
    menage_de, nb_enfants = p.menage_de, c.nb_enfants
    b = prest.baremes
    aah_menage = np.bincount(menage_de, weights=rev.aah_montant, minlength=n)
    allocataire = (prest.pf > 0) | (prest.al > 0) | (prest.rsa > 0) | (aah_menage > 0) | (
        (b.nb_pf > 0) & (rng.random(n) < cal.PART_ALLOCATAIRES_SANS_PRESTATION)
    )
    p_base, p1, p2, p3, psup = cal.PARTS_CAF
    parts_caf = np.where(
        nb_enfants > 0,
        p_base + p1 * (nb_enfants >= 1) + p2 * (nb_enfants >= 2) + p3 * (nb_enfants >= 3)
        + psup * np.maximum(nb_enfants - 3, 0) + 0.5 * b.nb_aeeh,
        1.0 + c.conjoint,
    )
    revenus_menage = np.bincount(
        menage_de, weights=rev.salaire_net + rev.chomage_net + rev.retraite_nette + rev.invalidite_montant
        + rev.pensions_alimentaires + rev.autres_revenus, minlength=n,
    )
    attestation = allocataire & (nb_enfants > 0) & (rng.random(n) < cal.PART_ATTESTATION_QF)
    qf_caf = np.where(
        attestation, (revenus_menage * evolution + prest.pf) / parts_caf * np.exp(rng.normal(0, 0.05, n)), np.nan
    )
    return allocataire, qf_caf


@dataclass(frozen=True)
class Residence:
    """Step 12: years of residence in Paris and imposed transfer (per household), canteen meals (per person)."""

    anciennete: np.ndarray
    mutation: np.ndarray
    repas: np.ndarray


def _tirer_residence_et_cantine(
    rng: np.random.Generator, a: Ages, p: Personnes, salaire_net: np.ndarray
) -> Residence:
    """Step 12 (stream divers): residence in Paris over the last 5 years, imposed transfers among
    recent arrivals who work, and school-canteen meals of children aged 3-14."""
    age_ref, age, role = a.age_ref, p.age, p.role
    n = len(age_ref)
    part_5_ans = np.where(age_ref < 30, cal.PART_RESIDENCE_5_ANS["moins_de_30"], cal.PART_RESIDENCE_5_ANS["autres"])
    anciennete = np.where(rng.random(n) < part_5_ans, 5, rng.integers(0, 5, n))
    actif_ref = (salaire_net > 0)[p.debut]
    mutation = (anciennete < 3) & actif_ref & (rng.random(n) < cal.PART_MUTATION_IMPOSEE)
    cantine = (role == 2) & (age >= 3) & (age < 15) & (rng.random(len(age)) < cal.PART_REPAS_CANTINE)
    repas = np.where(cantine, rng.integers(cal.REPAS_PAR_MOIS[0], cal.REPAS_PAR_MOIS[1], len(age)), 0)
    return Residence(anciennete, mutation, repas)


@dataclass(frozen=True)
class AidesMenages:
    """Step 13a, one value per household: inputs specific to some aids."""

    css: np.ndarray  # complémentaire santé solidaire: 0 none, 1 with a contribution, 2 free
    participation_css: np.ndarray
    cotise: np.ndarray
    impayes: np.ndarray
    decent: np.ndarray
    parking: np.ndarray
    factures_energie: np.ndarray
    aide_energie: np.ndarray
    occupant: np.ndarray
    duree_bail: np.ndarray
    bail_aile: np.ndarray
    palliatifs: np.ndarray


def _complementaire_sante(
    r: np.ndarray, a: Ages, p: Personnes, prest: Prestations, rev: Revenus
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Step 13a (draws r[0], r[1]): CSS entitlement from resources and household size, its take-up,
    the yearly contribution, and who pays a complementary health contribution."""
    n = len(a.age_ref)
    menage_de, role = p.menage_de, p.role
    aah_menage_hors_heberges = np.bincount(
        menage_de, weights=np.where(role != 3, rev.aah_montant + rev.aspa_montant, 0), minlength=n
    )
    ressources_css = prest.declare + aah_menage_hors_heberges
    personnes_css = p.taille - a.heberge
    coef_css = (
        1 + 0.5 * (personnes_css >= 2) + 0.3 * (personnes_css >= 3) + 0.3 * (personnes_css >= 4)
        + 0.4 * np.maximum(personnes_css - 4, 0)
    )
    plafond_css = cal.PLAFOND_CSS_PERSONNE_SEULE * coef_css
    droit_gratuite = (prest.rsa > 0) | (ressources_css <= plafond_css)
    droit_participation = ~droit_gratuite & (ressources_css <= cal.MAJORATION_CSS_AVEC_PARTICIPATION * plafond_css)
    css = np.select(
        [droit_gratuite & (r[0] < cal.TAUX_RECOURS_CSS["gratuite"]),
         droit_participation & (r[0] < cal.TAUX_RECOURS_CSS["avec_participation"])],
        [2, 1],
        0,
    )  # 0 aucune, 1 avec participation, 2 gratuite
    participation_personne = np.where(role <= 1, _par_seuils(p.age, cal.PARTICIPATION_CSS_MENSUELLE), 0.0)
    participation_css = np.where(css == 1, 12 * np.bincount(menage_de, weights=participation_personne, minlength=n), 0.0)
    cotise = r[1] < np.array([cal.PART_MUTUELLE["aucune"], cal.PART_MUTUELLE["avec_participation"], cal.PART_MUTUELLE["gratuite"]])[css]
    return css, participation_css, cotise


def _entrees_aides_menages(
    r: np.ndarray, c: Composition, a: Ages, p: Personnes, s: Situations, statut: np.ndarray,
    logement: Logement, prest: Prestations, rev: Revenus,
) -> AidesMenages:
    """Step 13a (draws r, one row per input): health cover, rent arrears, decency, parking, energy
    bills and aid, title to the dwelling, lease, student lease, a relative in palliative care."""
    n = len(statut)
    age_ref, declare = a.age_ref, prest.declare
    css, participation_css, cotise = _complementaire_sante(r, a, p, prest, rev)
    loge = logement.locataire | (statut == ACCEDANT)
    impayes = loge & (r[2] < cal.PART_IMPAYES[0] + cal.PART_IMPAYES[1] * (declare < 1000))
    decent = r[3] >= cal.PART_LOGEMENT_NON_DECENT
    parking = np.where(
        (statut == VIDE) & (age_ref >= 30) & (r[4] < cal.PART_PARKING[0]), cal.PART_PARKING[1] + cal.PART_PARKING[2] * r[5], 0.0
    )
    factures_energie = ~(((statut == GRATUIT) & (r[6] < 0.7)) | (statut == FOYER))
    aide_energie = (c.nb_enfants > 0) & (declare < 2500) & (r[7] < cal.PART_AIDE_ENERGIE_RECENTE)
    occupant = (statut != GRATUIT) | (r[8] < cal.PART_OCCUPANT_EN_TITRE_HEBERGES)
    etudiant_ref = s.etudiant[p.debut]
    duree_bail = np.select(
        [statut == VIDE, statut == MEUBLE, statut == FOYER],
        [np.full(n, 36), np.where(etudiant_ref & (r[9] < 0.5), 9, 12), np.full(n, 12)],
        0,
    )
    bail_aile = etudiant_ref & np.isin(statut, (VIDE, MEUBLE)) & (r[10] < cal.PART_BAIL_AILE)
    palliatifs = (age_ref < 65) & (r[11] < cal.PART_PROCHE_SOINS_PALLIATIFS)
    return AidesMenages(css, participation_css, cotise, impayes, decent, parking, factures_energie,
                        aide_energie, occupant, duree_bail, bail_aile, palliatifs)


@dataclass(frozen=True)
class AidesIndividus:
    """Step 13b, one value per person: inputs specific to some aids."""

    salaire_net: np.ndarray  # step 9's wage, 0 for those who stopped working to care for a relative
    malade: np.ndarray
    cessation: np.ndarray
    revenus_perdus: np.ndarray
    indemnites: np.ndarray
    tutelle: np.ndarray
    parent_heberge: np.ndarray
    aide_crous: np.ndarray
    projet_vacances: np.ndarray
    suivi: np.ndarray
    nature_fajp: pd.Categorical
    fajp_percu: np.ndarray
    jours_domicile: np.ndarray


def _entrees_aides_individus(
    rp: np.ndarray, c: Composition, p: Personnes, s: Situations, rev: Revenus, palliatifs: np.ndarray
) -> AidesIndividus:
    """Step 13b (draws rp, one row per input): a seriously ill child, carers who stopped working
    (their wage becomes lost income), guardianship, hosted parents, student aid, holiday projects,
    young people followed (and their FAJP history), days at home of AEEH children."""
    age, role, menage_de, adulte = p.age, p.role, p.menage_de, p.adulte
    malade = (role == 2) & (age < 18) & (rp[0] < cal.PART_ENFANT_GRAVEMENT_MALADE)
    enfant_malade = np.bincount(menage_de, weights=malade, minlength=len(p.taille)) > 0
    aidant_possible = (role <= 1) & (rev.salaire_net > 0) & (palliatifs | enfant_malade)[menage_de]
    cessation = aidant_possible & (rp[1] < cal.PART_CESSATION_ACCOMPAGNEMENT)
    revenus_perdus = np.where(cessation, rev.salaire_net, 0.0)
    salaire_net = np.where(cessation, 0.0, rev.salaire_net)
    indemnites = np.where(cessation & (rp[2] < 0.5), np.minimum(0.5 * revenus_perdus, 1000.0), 0.0)
    tutelle = ((age >= 75) & (rp[3] < cal.PART_TUTELLE["75_ans"])) | (
        s.handicap & adulte & (rp[3] < cal.PART_TUTELLE["handicap"])
    )
    parent_heberge = (role == 3) & (c.type_menage[menage_de] != COMPLEXE)
    aide_crous = s.etudiant & ~s.boursier & (rp[4] < cal.PART_AIDE_SPECIFIQUE_CROUS)
    projet_vacances = (age >= 16) & (age < 31) & (rp[5] < cal.PART_PROJET_VACANCES)
    suivi = adulte & (age < 26) & ~s.etudiant & (rev.revenu < 800) & (rp[6] < cal.PART_SUIVI_JEUNES)
    nature_fajp = pd.Categorical.from_codes(
        np.where(suivi, np.where(rp[7] < 0.6, 1, 2), 0), categories=["non_precisee", "urgence", "formation_equipement"]
    )
    fajp_percu = np.where(
        suivi & (rp[8] < cal.PART_FAJP_DEJA_PERCU[0]), cal.PART_FAJP_DEJA_PERCU[1] + cal.PART_FAJP_DEJA_PERCU[2] * rp[9], 0.0
    )
    jours_domicile = np.where(s.aeeh & (rp[10] < cal.PART_AEEH_EN_ETABLISSEMENT), 0.3 + 0.5 * rp[11], 1.0)
    return AidesIndividus(salaire_net, malade, cessation, revenus_perdus, indemnites, tutelle, parent_heberge,
                          aide_crous, projet_vacances, suivi, nature_fajp, fajp_percu, jours_domicile)


def _tirer_entrees_aides(
    rng: np.random.Generator, c: Composition, a: Ages, p: Personnes, s: Situations, statut: np.ndarray,
    logement: Logement, prest: Prestations, rev: Revenus,
) -> tuple[AidesMenages, AidesIndividus]:
    """Step 13 (stream aides): 12 uniform draws per household, then 12 per person, one row per input."""
    r = rng.random((12, len(statut)), dtype=np.float32)
    rp = rng.random((12, len(p.age)), dtype=np.float32)
    menages = _entrees_aides_menages(r, c, a, p, s, statut, logement, prest, rev)
    return menages, _entrees_aides_individus(rp, c, p, s, rev, menages.palliatifs)


def _table_menages(
    c: Composition, a: Ages, statut: np.ndarray, logement: Logement, prest: Prestations, impot: AvisImpot,
    caf: tuple[np.ndarray, np.ndarray], residence: Residence, aides: AidesMenages,
) -> pd.DataFrame:
    """Step 14a: the households table, in the sample format (money rounded to the cent)."""
    n = len(statut)
    allocataire, qf_caf = caf
    codes = donnees().arrondissements.code_insee.to_numpy()
    return pd.DataFrame({
        "id_menage": np.arange(1, n + 1, dtype=np.int64),
        "poids": np.full(n, menages_paris() / n),
        "depcom": pd.Categorical.from_codes(c.arr, categories=[str(code) for code in codes]),
        "qpv": c.qpv,
        "statut_occupation_logement": pd.Categorical.from_codes(statut, categories=list(STATUTS)),
        "loyer": _centimes(logement.loyer),
        "charges_locatives": _centimes(logement.charges),
        "charges_copropriete": _centimes(logement.copropriete),
        "mensualites_pret_logement": _centimes(logement.mensualites),
        "aide_logement": _centimes(prest.al),
        "aide_logement_demandee": prest.al > 0,
        "prestations_familiales": _centimes(prest.pf),
        "rsa": _centimes(prest.rsa),
        "allocataire_caf": allocataire,
        "quotient_familial_caf": _centimes(qf_caf),
        "revenu_fiscal_reference": np.round(impot.revenu_fiscal_reference),
        "nombre_parts_fiscales": impot.parts_fiscales,
        "impot_revenu": np.round(impot.impot_revenu),
        "anciennete_residence_paris": residence.anciennete.astype(np.int64),
        "mutation_professionnelle_imposee": residence.mutation,
        "colocation": (c.type_menage == COMPLEXE) & (a.age_ref < 35),
        "restauration_scolaire_qf_depose": np.ones(n, dtype=bool),
        "complementaire_sante_solidaire": pd.Categorical.from_codes(
            aides.css, categories=["aucune", "avec_participation", "gratuite"]
        ),
        "participation_css_annuelle": _centimes(aides.participation_css),
        "cotise_complementaire_sante": aides.cotise,
        "impayes_logement": aides.impayes,
        "logement_decent": aides.decent,
        "loyer_stationnement": _centimes(aides.parking),
        "factures_energie_a_charge": aides.factures_energie,
        "aide_energie_preventive_recente": aides.aide_energie,
        "occupant_en_titre": aides.occupant,
        "duree_bail": aides.duree_bail.astype(np.int64),
        "aide_installation_logement_etudiant_bail_signe_periode": aides.bail_aile,
        "proche_en_soins_palliatifs": aides.palliatifs,
    })


def _table_individus(
    periode: str, p: Personnes, s: Situations, rev: Revenus, residence: Residence, aides: AidesIndividus
) -> pd.DataFrame:
    """Step 14b: the persons table, in the sample format (birth date from the age at the period's start)."""
    debut_mois = np.datetime64(f"{periode}-01")
    naissance = debut_mois - np.floor(p.age * 365.25).astype("timedelta64[D]")
    id_menage = np.arange(1, len(p.taille) + 1, dtype=np.int64)
    return pd.DataFrame({
        "id_individu": np.arange(1, len(p.age) + 1, dtype=np.int64),
        "id_menage": id_menage[p.menage_de],
        "role": pd.Categorical.from_codes(p.role, categories=list(ROLES)),
        "date_naissance": naissance,
        "salaire_net": _centimes(aides.salaire_net),
        "chomage_net": _centimes(rev.chomage_net),
        "retraite_nette": _centimes(rev.retraite_nette),
        "pensions_invalidite": _centimes(rev.invalidite_montant),
        "pensions_alimentaires_percues": _centimes(rev.pensions_alimentaires),
        "autres_revenus": _centimes(rev.autres_revenus),
        "aah": _centimes(rev.aah_montant),
        "aspa": _centimes(rev.aspa_montant),
        "handicap": s.handicap,
        "beneficiaire_aeeh": s.aeeh,
        "etudiant": s.etudiant,
        "boursier_enseignement_superieur": s.boursier,
        "inaptitude_travail": s.inaptitude,
        "repas_cantine_par_mois": residence.repas.astype(np.int64),
        "sous_tutelle": aides.tutelle,
        "parent_heberge": aides.parent_heberge,
        "aide_specifique_crous_ou_repas_un_euro": aides.aide_crous,
        "projet_vacances_autonome": aides.projet_vacances,
        "suivi_mission_locale_ou_travailleur_social": aides.suivi,
        "fonds_aide_jeunes_parisiens_nature_aide": aides.nature_fajp,
        "fonds_aide_jeunes_parisiens_percu_3_ans": _centimes(aides.fajp_percu),
        "gravement_malade_ou_hospitalise": aides.malade,
        "cessation_activite_accompagnement": aides.cessation,
        "revenus_activite_perdus": _centimes(aides.revenus_perdus),
        "indemnites_accompagnement_percues": _centimes(aides.indemnites),
        "part_jours_au_domicile": np.round(aides.jours_domicile, 3),
    })


def generer_population(menages: int, graine: int = 0, periode: str = PERIODE_PAR_DEFAUT) -> Population:
    """Draw `menages` households (and their members) for the month `periode` (AAAA-MM).

    The steps run in this order on the streams of `flux_aleatoires(graine)`; reordering two steps
    that share a stream (age, revenu, divers) changes the population, and so bumps VERSION_GENERATEUR.
    """
    n = int(menages)
    if n < 1:
        raise ErreurEntree(f"Le champ « menages » doit être un nombre entier supérieur ou égal à 1, pas « {menages} ».", champ="menages")
    parametres = systeme().parameters(f"{periode}-01")
    flux = flux_aleatoires(graine)
    composition = _tirer_composition(flux.menage, n)
    ages = _tirer_ages(flux.age, composition)
    personnes = _construire_personnes(flux.age, composition, ages)
    statut = _tirer_statut_occupation(flux.statut, composition, ages)
    situations = _tirer_situations(flux.personne, composition, personnes)
    niveau = _tirer_niveau_de_vie(flux.revenu, composition, ages, personnes, statut, periode)
    logement = _tirer_logement(flux.logement, ages, personnes, statut, niveau)
    prestations = _prestations_nationales(
        flux.divers, parametres, composition, ages, personnes, situations, logement, niveau
    )
    revenus = _tirer_revenus(flux.revenu, flux.divers, composition, ages, personnes, situations, niveau, prestations)
    impot = _tirer_avis_impot(flux.divers, composition, personnes, situations, revenus, prestations)
    caf = _tirer_dossier_caf(flux.caf, composition, personnes, revenus, prestations, impot.evolution)
    residence = _tirer_residence_et_cantine(flux.divers, ages, personnes, revenus.salaire_net)
    aides_menages, aides_individus = _tirer_entrees_aides(
        flux.aides, composition, ages, personnes, situations, statut, logement, prestations, revenus
    )
    table_menages = _table_menages(
        composition, ages, statut, logement, prestations, impot, caf, residence, aides_menages
    )
    table_individus = _table_individus(periode, personnes, situations, revenus, residence, aides_individus)
    metadonnees = {
        "generateur": "paris_droits.population",
        "version_generateur": VERSION_GENERATEUR,
        "graine": int(graine),
        "menages": n,
        "periode": periode,
        "menages_paris": menages_paris(),
    }
    return Population(table_menages, table_individus, metadonnees, composition.type_menage)


def type_menage(individus: pd.DataFrame, id_menages) -> np.ndarray:
    """Household type (a name of TYPES_MENAGE) from the members' roles, aligned on id_menages."""
    ids = pd.Index(id_menages)
    position = ids.get_indexer(individus["id_menage"])
    garde = position >= 0
    position = position[garde]
    roles = individus["role"].to_numpy(dtype=str)[garde]
    n = len(ids)
    conjoints = np.bincount(position, weights=roles == "conjoint", minlength=n)
    enfants = np.bincount(position, weights=roles == "enfants", minlength=n)
    autres = np.bincount(position, weights=roles == "autres", minlength=n)
    code = np.select(
        [autres > 0, (enfants > 0) & (conjoints > 0), enfants > 0, conjoints > 0],
        [COMPLEXE, COUPLE_ENFANTS, MONO, COUPLE],
        SEUL,
    )
    return np.array(TYPES_MENAGE)[code]


def metadonnees_json(metadonnees: dict) -> str:
    return json.dumps(metadonnees, ensure_ascii=False, sort_keys=True)
