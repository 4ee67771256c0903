"""Synthetic Paris population: households and persons calibrated on public aggregates.

`generer_population(menages, graine, periode)` draws the inputs of a household sample in the
format of `paris_droits.echantillon` (a `menages` and an `individus` table). Public figures come
from paris_droits/donnees/*.csv, copied there with their source and confidence; every other
number in this module is an assumption, named in the constants below and listed in French in
docs/equipes-politiques.md. The draw is vectorised (1 M households in a few seconds) and
deterministic for a given (number of households, seed, period, generator version).

Planted take-up (observed receipt `percoit_<slug>`) is added by `paris_droits.synthese`, which
needs the rules engine; this module only draws the population.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

VERSION_GENERATEUR = "1"
PERIODE_PAR_DEFAUT = "2026-11"
DONNEES = Path(__file__).parent / "donnees"

TYPES_MENAGE = (
    "personne_seule",
    "couple_sans_enfant",
    "couple_avec_enfants",
    "famille_monoparentale",
    "menage_complexe",
)
LIBELLES_TYPES_MENAGE = {
    "personne_seule": "Personne seule",
    "couple_sans_enfant": "Couple sans enfant",
    "couple_avec_enfants": "Couple avec enfant(s)",
    "famille_monoparentale": "Famille monoparentale",
    "menage_complexe": "Ménage complexe (plusieurs adultes)",
}
ROLES = ("personne_de_reference", "conjoint", "enfants", "autres")
STATUTS = (
    "locataire_hlm",
    "locataire_vide",
    "locataire_meuble",
    "locataire_foyer",
    "proprietaire",
    "primo_accedant",
    "loge_gratuitement",
)
SEUL, COUPLE, COUPLE_ENFANTS, MONO, COMPLEXE = range(5)
HLM, VIDE, MEUBLE, FOYER, PROPRIETAIRE, ACCEDANT, GRATUIT = range(7)

# --- Assumptions (no public figure found; see docs/equipes-politiques.md) -----------------------
# Children per family with children: Insee FAM3 2018 gives 1 / 2 / 3 / 4+ (donnees); the 4+ split is assumed.
REPARTITION_4_ENFANTS_ET_PLUS = {4: 0.70, 5: 0.22, 6: 0.08}
# Adults in a "ménage complexe" (flatshares, adult relatives): 2 / 3 / 4.
ADULTES_MENAGE_COMPLEXE = {2: 0.70, 3: 0.22, 4: 0.08}
# Age of the reference person by household type: (from, to, weight) bands.
AGES_REFERENCE = {
    SEUL: [(18, 25, 11), (25, 35, 24), (35, 50, 15), (50, 55, 6), (55, 65, 14), (65, 80, 17), (80, 98, 13)],
    COUPLE: [(20, 30, 13), (30, 45, 20), (45, 55, 12), (55, 65, 17), (65, 75, 22), (75, 95, 16)],
    COMPLEXE: [(18, 25, 32), (25, 35, 38), (35, 65, 20), (65, 90, 10)],
}
# Children's ages: relative weight by age (children still living with their parents thin out after 18).
# Fewer births lately (Paris births fell from about 31 000 in 2007 to 24 000 in 2021); "children" of any age.
POIDS_AGE_ENFANT = [0.8] * 5 + [0.9] * 5 + [1.0] * 8 + [0.85] * 3 + [0.6] * 4 + [0.15] * 5  # ages 0..29
ECART_AGE_PARENT = {"couple": (24, 40), "mono": (21, 40)}  # parent age minus eldest child age
PROBA_JUMEAUX = 0.03  # families with 2+ children whose first two children are twins
PROBA_PARENT_HEBERGE = 0.025  # households whose reference person is 45-70 and hosts a parent aged 70+
# Tenure tilts by household group, applied to the arrondissement tenure shares then re-raked so that each
# arrondissement keeps its Insee shares: columns hlm, private tenant, owner, free-housed.
INCLINAISONS_STATUT = {
    "jeune": (0.45, 1.9, 0.25, 1.5),
    "age": (1.0, 0.65, 1.6, 0.8),
    "couple_enfants": (1.5, 0.8, 1.0, 0.5),
    "mono": (2.4, 0.9, 0.45, 0.7),
    "autre": (1.0, 1.0, 1.0, 1.0),
}
INCLINAISON_HLM_QPV = 4.0  # QPV in Paris are mostly social housing estates
PART_MEUBLE = {"jeune": 0.40, "age": 0.05, "autre": 0.15}  # among private tenants
PART_FOYER = {"jeune": 0.03, "age": 0.03, "autre": 0.005}  # among private tenants (foyers, résidences sociales)
PART_ACCEDANTS = [(40, 0.70), (55, 0.55), (65, 0.30), (200, 0.05)]  # among owners, by reference age (upper bound)
# Income: a latent score decides who is richer within an arrondissement (the arrondissement's Filosofi
# median and deciles are kept exactly); shifts in standard deviations.
DECALAGES_REVENU_STATUT = (-0.95, -0.15, -0.35, -1.3, 0.4, 0.35, -0.4)  # in STATUTS order
DECALAGE_REVENU_QPV = -0.45
DECALAGES_REVENU_TYPE = (0.0, 0.3, -0.3, -0.75, -0.1)  # in TYPES_MENAGE order
DECALAGE_REVENU_MOINS_DE_25_ANS = -0.6
CROISSANCE_REVENUS_ANNUELLE = 0.025  # Filosofi 2021 euros brought to the period
# Below the first decile the shape is unknown; incomes near zero (minimum-income recipients) are more
# frequent than a log-normal tail: the lower tail's spread is widened by this factor below D1.
ELARGISSEMENT_SOUS_D1 = 1.4
# Statuses of persons.
PREVALENCE_HANDICAP = [(60, 0.035), (75, 0.07), (200, 0.12)]  # adults, by age (upper bound)
PART_AAH_PARMI_HANDICAPES = 0.65  # aged 20-64
PART_PENSION_INVALIDITE = 0.40  # disabled adults of working age without AAH
PREVALENCE_AEEH = 0.015  # children under 20
PART_ETUDIANTS = [(18, 0.0), (26, 0.55), (30, 0.10), (200, 0.0)]  # by age (upper bound)
PART_BOURSIERS = 0.35  # among students
PART_RETRAITES = [(60, 0.0), (62, 0.10), (65, 0.55), (200, 0.97)]
PART_INAPTITUDE = 0.08  # retired people aged 60-64
PART_CHOMEURS = 0.06  # working-age active adults
PART_CONJOINTS_INACTIFS = 0.10
PART_REPAS_CANTINE = 0.70  # children aged 3-14 who eat at the school canteen
REPAS_PAR_MOIS = (12, 18)  # meals in a school month, drawn uniformly in [12, 18)
PART_PENSION_ALIMENTAIRE = 0.40  # single parents receiving alimony (the others receive the ASF)
PENSION_ALIMENTAIRE_PAR_ENFANT = 170.0
# National benefits, simplified (not the CAF computation): monthly amounts.
TAUX_RECOURS_RSA = 0.66  # DREES 2018: 34 % non-take-up
TAUX_RECOURS_ASPA = 0.50  # DREES 2016: 50 % non-take-up (single persons)
TAUX_RECOURS_AL = 0.90  # assumption
PLAFONDS_LOYER_AL = (330.0, 400.0, 450.0, 65.0)  # 1 person, 2 persons, 3 persons, each further person (zone 1)
FORFAIT_CHARGES_AL = (60.59, 13.74)  # CAF flat-rate charges 2025-10, per household and per child (montants_nationaux)
PARTICIPATION_MINIMALE_AL = 38.0
TAUX_PARTICIPATION_AL = 0.30  # divided by (1 + 0.35 x children)
ABATTEMENT_AL = (400.0, 600.0, 170.0)  # monthly resources not counted: single, couple, each child
ALLOCATIONS_FAMILIALES = (0.0, 0.0, 151.0, 346.0, 195.0)  # 0, 1, 2, 3 children, each further child
MODULATION_AF = ((6400.0, 0.5), (8500.0, 0.25))
COMPLEMENT_FAMILIAL = (4000.0, 200.0)  # income ceiling, amount (3+ children)
ASF_PAR_ENFANT = 200.0
PAJE_BASE = (3200.0, 190.0)  # income ceiling, amount (a child under 3)
AEEH_BASE = 150.0
# Income tax: barème 2025 on 2024 income, without the ceiling of the family quotient.
BAREME_IR = ((0.0, 0.0), (11497.0, 0.11), (29315.0, 0.30), (83823.0, 0.41), (180294.0, 0.45))
DECOTE_IR = ((1964.0, 889.0), (3248.0, 1470.0), 0.4525)  # (threshold, amount) single, couple; rate
ABATTEMENT_10_POURCENT = 0.9
# Housing.
LOYER_M2_PRIVE = 26.0  # € per m², empty private dwelling, Paris average (assumption close to OLAP 2023-2024)
MAJORATION_MEUBLE = 1.25
LOYER_M2_HLM = 8.0
CHARGES_M2 = {"prive": 2.0, "hlm": 2.8, "copropriete": 3.0}
MENSUALITE_M2 = 25.0  # home-loan repayment per m² for first-time buyers
# Residence in Paris during the last 5 years.
PART_RESIDENCE_5_ANS = {"moins_de_30": 0.60, "autres": 0.86}
PART_MUTATION_IMPOSEE = 0.04  # among recent arrivals (less than 3 years) who work
# CAF file.
PART_ALLOCATAIRES_SANS_PRESTATION = 0.60  # families with a child under 20 and no CAF benefit who still have a file
PART_ATTESTATION_QF = 0.55  # allocataire families who show an attestation printing their QF
PARTS_CAF = (2.0, 0.5, 0.5, 1.0, 0.5)  # base, 1st, 2nd, 3rd, each further child (CNAF reading)
# Aid-specific inputs (added with the aids; each a plausible, stated assumption).
PLAFOND_CSS_PERSONNE_SEULE = 847.0  # monthly resource ceiling of the free CSS for one person (order of magnitude 2025)
MAJORATION_CSS_AVEC_PARTICIPATION = 1.35  # the CSS with a contribution goes 35 % above
TAUX_RECOURS_CSS = {"gratuite": 0.69, "avec_participation": 0.33}  # DREES 2019-2021: 31 % and 67 % non-take-up
PARTICIPATION_CSS_MENSUELLE = [(30, 8.0), (50, 14.0), (60, 21.0), (70, 25.0), (200, 30.0)]  # € per person, by age
PART_MUTUELLE = {"aucune": 0.88, "avec_participation": 0.5, "gratuite": 0.0}  # pays a complementary health contribution
PART_IMPAYES = (0.04, 0.04)  # tenants and first-time buyers; extra share when declared income is under 1 000 €
PART_LOGEMENT_NON_DECENT = 0.03
PART_PARKING = (0.06, 100.0, 80.0)  # private tenants over 30: share, base rent, random extra
PART_AIDE_ENERGIE_RECENTE = 0.03  # families under 2 500 € a month
PART_OCCUPANT_EN_TITRE_HEBERGES = 0.2  # free-housed households holding a title
PART_BAIL_AILE = 0.35  # student tenants of a private dwelling whose lease was signed in the campaign window
PART_AIDE_SPECIFIQUE_CROUS = 0.10  # students without a grant
PART_PROJET_VACANCES = 0.20  # persons aged 16-30
PART_SUIVI_JEUNES = 0.30  # persons aged 18-25, not students, under 800 € a month
PART_FAJP_DEJA_PERCU = (0.20, 500.0, 1000.0)  # followed young people who already got FAJP aid in 3 years
PART_PROCHE_SOINS_PALLIATIFS = 0.002
PART_ENFANT_GRAVEMENT_MALADE = 0.003  # minors
PART_CESSATION_ACCOMPAGNEMENT = 0.30  # working adults of those households who stopped working to care
PART_TUTELLE = {"75_ans": 0.015, "handicap": 0.03}
PART_AEEH_EN_ETABLISSEMENT = 0.10
# Inputs deliberately left at their default value in the synthetic sample, and why.
ENTREES_PAR_DEFAUT = {
    "allocation_accompagnement_deja_attribuee": "pas d'historique d'attribution dans un échantillon d'un seul mois",
    "allocation_accompagnement_mois_depuis_fin_attribution": "pas d'historique d'attribution",
    "allocation_accompagnement_mois_percus": "pas d'historique d'attribution",
    "date_jugement_adoption": "adoptions multiples négligeables (quelques cas par an à Paris)",
    "nombre_enfants_adoptes_jugement": "adoptions multiples négligeables",
    "hebergement_etablissement_aide_sociale": "l'échantillon ne couvre que les ménages ordinaires, hors établissements",
    "inscrit_academie_paris_creteil_versailles": "valeur par défaut (vrai) : les étudiants parisiens relèvent de ces académies",
    "pass_paris_seniors_renouvellement": "première demande supposée (plafond d'impôt le plus bas)",
    "pass_paris_access_renouvellement": "première demande supposée (plafond d'impôt le plus bas)",
    "paris_jeunes_vacances_deja_percue_annee": "pas d'historique d'attribution",
    "titulaire_bail": "valeur par défaut (vrai) : chaque colocataire est supposé titulaire du bail",
    # Aids of the règlement added later (home improvement, home services, title V): no public figure
    # gives the share of Parisians concerned, so their inputs stay at the default (no demand).
    "aide_amelioration_habitat_travaux": "aucune part publiée de ménages ayant un projet de travaux aidé",
    "aide_amelioration_habitat_adaptation_handicap": "aucune part publiée de travaux d'adaptation au handicap",
    "aide_amelioration_habitat_recue_2_ans": "pas d'historique d'attribution",
    "anciennete_occupation_logement": "aucune distribution publiée ; sans projet de travaux, sans effet",
    "beneficiaire_apa": "aucune distribution de l'APA à domicile par âge tirée : services à domicile non simulés",
    "carte_mention_tierce_personne": "aucune part publiée : services à domicile non simulés",
    "certificat_medical_perte_autonomie": "aucune part publiée : services à domicile non simulés",
    "pension_invalidite_categorie_3": "non distinguée des pensions d'invalidité tirées : services à domicile non simulés",
    "hebergement_etablissement_medicalise": "l'échantillon ne couvre que les ménages ordinaires, hors établissements",
    "aide_sociale_legale_restauration": "aucune part publiée ; tranche de prix seulement, sans effet sur les droits",
    "coiffure_domicile_prestation": "valeur par défaut (première prestation de la grille) ; tarif seulement",
    "port_repas_domicile_urgence": "situations d'urgence non simulées",
    "demandeur_emploi_inscrit": "inscription à France Travail non tirée : distribution de repas (titre V) non simulée",
    "pension_invalidite_categorie_1": "non distinguée des pensions d'invalidité tirées : distribution de repas non simulée",
    "rente_accident_travail": "aucune part publiée : distribution de repas non simulée",
    "taux_incapacite_permanente": "aucune distribution publiée : distribution de repas non simulée",
    "duree_arret_maladie_indemnise_mois": "arrêts maladie non simulés",
    "duree_sans_domicile_paris_mois": "l'échantillon ne couvre que les ménages logés (aucun sans-domicile)",
    "aide_sans_domicile_fixe_percue_12_mois": "pas d'historique d'attribution ; aucun sans-domicile dans l'échantillon",
    "difficultes_financieres_temporaires": "difficulté ponctuelle appréciée au cas par cas : allocation exceptionnelle non simulée",
    "sinistre_logement": "sinistres non simulés",
    "allocation_exceptionnelle_percue_12_mois": "pas d'historique d'attribution",
}


@dataclass
class Population:
    menages: pd.DataFrame
    individus: pd.DataFrame
    metadonnees: dict = field(default_factory=dict)
    type_menage: np.ndarray | None = None  # codes in TYPES_MENAGE order, aligned on menages


# --- Public data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Donnees:
    arrondissements: pd.DataFrame  # 20 rows, 75101..75120
    paris: pd.Series
    structure: pd.DataFrame
    qpv: pd.DataFrame


@functools.cache
def donnees() -> _Donnees:
    arr = pd.read_csv(DONNEES / "arrondissements.csv", comment="#")
    paris = arr[arr.code_insee == 75056].iloc[0]
    arr = arr[arr.code_insee != 75056].sort_values("code_insee").reset_index(drop=True)
    structure = pd.read_csv(DONNEES / "paris_structure.csv", comment="#")
    qpv = pd.read_csv(DONNEES / "qpv_paris.csv", comment="#", dtype={"arrondissements": str})
    return _Donnees(arr, paris, structure, qpv)


def _indicateur(category: str, indicator: str, source: str | None = None) -> pd.Series:
    s = donnees().structure
    lignes = s[(s.category == category) & (s.indicator == indicator)]
    if source:
        lignes = lignes[lignes.source == source]
    return lignes.iloc[0]


def menages_paris() -> float:
    """Households in Paris (RP2021), the total the sample weights add up to."""
    return float(donnees().paris["households"])


def parts_qpv() -> np.ndarray:
    """Share of each arrondissement's population living in a QPV (2024 total spread as in 2015)."""
    d = donnees()
    q2015 = d.qpv[d.qpv.geography == 2015]
    total_2024 = float(d.qpv[(d.qpv.geography == 2024) & (d.qpv.arrondissements == "all")].population.iloc[0])
    population = np.zeros(20)
    for _, ligne in q2015.iterrows():
        arrs = [int(a) for a in str(ligne.arrondissements).split(";")]
        for a in arrs:
            population[a - 1] += float(ligne.population) / len(arrs)
    population *= total_2024 / population.sum()
    return np.minimum(population / d.arrondissements.population.to_numpy(dtype=float), 0.9)


def _parts_types() -> np.ndarray:
    """(20, 5) household-type shares: Paris RP2020 shares, single persons tilted to match each
    arrondissement's mean household size, single-parent share where a proxy exists."""
    d = donnees()
    part = {k: float(_indicateur("household_type", k)["value"]) / 100 for k in (
        "one_person", "other_without_family", "couple_without_children", "couple_with_children", "single_parent")}
    familles = part["couple_with_children"] + part["single_parent"]
    hors_seuls = part["couple_without_children"] + familles + part["other_without_family"]
    sp_paris = part["single_parent"] / familles
    sp = d.arrondissements.single_parent_pct.to_numpy(dtype=float) / 100
    sp = np.where(np.isnan(sp), sp_paris, sp)
    enfants = _loi_enfants()
    moyenne_enfants = float(np.dot(list(enfants.keys()), list(enfants.values())))
    adultes_complexe = float(np.dot(list(ADULTES_MENAGE_COMPLEXE), list(ADULTES_MENAGE_COMPLEXE.values())))
    taille_hors_seuls = (
        part["couple_without_children"] * 2
        + familles * ((1 - sp) * (2 + moyenne_enfants) + sp * (1 + moyenne_enfants))
        + part["other_without_family"] * adultes_complexe
    ) / hors_seuls
    en_menage = float(_indicateur("household_type", "population_in_households")["count"]) / float(d.paris["population"])
    cible = d.arrondissements.population.to_numpy(dtype=float) * en_menage / d.arrondissements.households.to_numpy(dtype=float)
    p_seul = np.clip((taille_hors_seuls - cible) / (taille_hors_seuls - 1), 0.25, 0.75)
    reste = 1 - p_seul
    return np.column_stack([
        p_seul,
        reste * part["couple_without_children"] / hors_seuls,
        reste * familles * (1 - sp) / hors_seuls,
        reste * familles * sp / hors_seuls,
        reste * part["other_without_family"] / hors_seuls,
    ])


def _loi_enfants() -> dict[int, float]:
    loi = {}
    for k, nom in ((1, "families_with_1_child_under25"), (2, "families_with_2_children_under25"),
                   (3, "families_with_3_children_under25")):
        loi[k] = float(_indicateur("children", nom)["value"])
    quatre = float(_indicateur("children", "families_with_4plus_children_under25")["value"])
    for k, p in REPARTITION_4_ENFANTS_ET_PLUS.items():
        loi[k] = quatre * p
    total = sum(loi.values())
    return {k: v / total for k, v in loi.items()}


def _parts_statuts() -> np.ndarray:
    """(20, 4) tenure shares per arrondissement: hlm, private tenant, owner, free-housed."""
    a = donnees().arrondissements
    proprietaires = a.owner_pct.to_numpy(dtype=float) / 100  # RP2022
    hlm = a.hlm_census_pct.to_numpy(dtype=float) / 100  # RP2018
    locataires = a.tenant_census_pct.to_numpy(dtype=float) / 100
    gratuit = np.maximum(1 - a.owner_census_pct.to_numpy(dtype=float) / 100 - locataires, 0)
    prive = locataires - hlm
    non_proprietaires = hlm + prive + gratuit
    echelle = (1 - proprietaires) / non_proprietaires
    return np.column_stack([hlm * echelle, prive * echelle, proprietaires, gratuit * echelle])


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
    for i, (seuil, taux) in enumerate(BAREME_IR):
        haut = BAREME_IR[i + 1][0] if i + 1 < len(BAREME_IR) else np.inf
        impot_part += taux * np.clip(quotient - seuil, 0, haut - seuil)
    brut = impot_part * parts
    (seuil_seul, montant_seul), (seuil_couple, montant_couple), taux_decote = DECOTE_IR
    seuil = np.where(couple, seuil_couple, seuil_seul)
    montant = np.where(couple, montant_couple, montant_seul)
    decote = np.where(brut < seuil, np.maximum(montant - taux_decote * brut, 0), 0)
    return np.maximum(brut - decote, 0)


def _annees_depuis_2021(periode: str) -> float:
    annee, mois = (int(x) for x in periode.split("-"))
    return (annee + (mois - 1) / 12) - 2021.5


def _centimes(x) -> np.ndarray:
    return np.round(np.asarray(x, dtype=np.float64), 2)


# --- The draw -------------------------------------------------------------------------------------


def generer_population(menages: int, graine: int = 0, periode: str = PERIODE_PAR_DEFAUT) -> Population:
    """Draw `menages` households (and their members) for the month `periode` (AAAA-MM)."""
    from paris_droits import systeme

    n = int(menages)
    if n < 1:
        from paris_droits.erreurs import ErreurEntree

        raise ErreurEntree(f"Le champ « menages » doit être un nombre entier supérieur ou égal à 1, pas « {menages} ».", champ="menages")
    parametres = systeme().parameters(f"{periode}-01")
    flux = np.random.SeedSequence([int(graine), 75056]).spawn(9)
    rng_menage, rng_age, rng_statut, rng_revenu, rng_personne, rng_logement, rng_divers, rng_caf, rng_aides = (
        np.random.Generator(np.random.PCG64(s)) for s in flux
    )
    d = donnees()
    arr_table = d.arrondissements

    # 1. Arrondissement, QPV, household type, composition.
    poids_arr = arr_table.households.to_numpy(dtype=float)
    arr = rng_menage.choice(20, size=n, p=poids_arr / poids_arr.sum())
    qpv = rng_menage.random(n) < parts_qpv()[arr]
    type_menage = _tirer_categorie(rng_menage, _parts_types()[arr])
    famille = (type_menage == COUPLE_ENFANTS) | (type_menage == MONO)
    loi_enfants = _loi_enfants()
    nb_enfants = np.where(
        famille, rng_menage.choice(list(loi_enfants), size=n, p=list(loi_enfants.values())), 0
    ).astype(np.int64)
    conjoint = ((type_menage == COUPLE) | (type_menage == COUPLE_ENFANTS)).astype(np.int64)
    adultes_complexe = rng_menage.choice(
        list(ADULTES_MENAGE_COMPLEXE), size=n, p=list(ADULTES_MENAGE_COMPLEXE.values())
    )
    autres_adultes = np.where(type_menage == COMPLEXE, adultes_complexe - 1, 0).astype(np.int64)

    # 2. Ages: children first, parents from their eldest child, other types from bands.
    poids_enfant = np.array(POIDS_AGE_ENFANT)
    enfant_menage = np.repeat(np.arange(n), nb_enfants)
    debut_enfants = np.cumsum(nb_enfants) - nb_enfants
    rang_enfant = np.arange(len(enfant_menage)) - debut_enfants[enfant_menage]
    age_enfant = rng_age.choice(len(poids_enfant), size=len(enfant_menage), p=poids_enfant / poids_enfant.sum())
    age_enfant = age_enfant + rng_age.random(len(enfant_menage))
    jumeaux = (nb_enfants >= 2) & (rng_age.random(n) < PROBA_JUMEAUX)
    second = np.flatnonzero(jumeaux[enfant_menage] & (rang_enfant == 1))
    age_enfant[second] = age_enfant[second - 1]
    aine = np.zeros(n)
    avec_enfants = np.flatnonzero(nb_enfants > 0)
    if len(avec_enfants):  # children are contiguous per household
        aine[avec_enfants] = np.maximum.reduceat(age_enfant, debut_enfants[avec_enfants])
    age_ref = np.zeros(n)
    for code, bandes in AGES_REFERENCE.items():
        masque = type_menage == code
        age_ref[masque] = _tirer_bandes(rng_age, int(masque.sum()), bandes)
    for code, (bas, haut) in ((COUPLE_ENFANTS, ECART_AGE_PARENT["couple"]), (MONO, ECART_AGE_PARENT["mono"])):
        masque = type_menage == code
        age_ref[masque] = aine[masque] + bas + rng_age.random(int(masque.sum())) * (haut - bas)
    age_ref = np.clip(age_ref, 18, 99)
    age_conjoint = np.clip(age_ref + rng_age.normal(-1.5, 5, n), 18, 99)
    age_conjoint = np.where(famille, np.maximum(age_conjoint, aine + 18), age_conjoint)
    heberge = (
        np.isin(type_menage, (SEUL, COUPLE, COUPLE_ENFANTS))
        & (age_ref >= 45) & (age_ref < 70)
        & (rng_age.random(n) < PROBA_PARENT_HEBERGE)
    ).astype(np.int64)
    nb_autres = autres_adultes + heberge

    # 3. Persons table skeleton.
    taille = 1 + conjoint + nb_enfants + nb_autres
    menage_de = np.repeat(np.arange(n), taille)
    debut = np.cumsum(taille) - taille
    position = np.arange(len(menage_de)) - debut[menage_de]
    role = np.select(
        [position == 0, position < 1 + conjoint[menage_de], position < 1 + conjoint[menage_de] + nb_enfants[menage_de]],
        [0, 1, 2],
        3,
    )
    age = np.empty(len(menage_de))
    age[role == 0] = age_ref
    age[role == 1] = age_conjoint[conjoint == 1]
    age[role == 2] = age_enfant
    autres_menage = menage_de[role == 3]
    jeune_colocation = age_ref[autres_menage] < 35
    age_autres = np.where(
        type_menage[autres_menage] == COMPLEXE,
        np.where(
            jeune_colocation,
            np.clip(age_ref[autres_menage] + rng_age.normal(0, 3, len(autres_menage)), 18, 40),
            np.clip(age_ref[autres_menage] + rng_age.normal(0, 12, len(autres_menage)), 18, 95),
        ),
        np.clip(age_ref[autres_menage] + 24 + 12 * rng_age.random(len(autres_menage)), 70, 102),
    )
    age[role == 3] = age_autres
    adulte = age >= 18

    # 4. Tenure, raked on each arrondissement's Insee shares.
    groupe = np.select(
        [age_ref < 30, age_ref >= 65, type_menage == MONO, type_menage == COUPLE_ENFANTS],
        [0, 1, 2, 3],
        4,
    )
    noms_groupes = ("jeune", "age", "mono", "couple_enfants", "autre")
    inclinaison = np.array([INCLINAISONS_STATUT[g] for g in noms_groupes])  # (5, 4)
    combinaison = groupe * 2 + qpv  # (group, qpv) in 10 combinations
    effectifs = np.bincount(arr * 10 + combinaison, minlength=200).reshape(20, 10).astype(float)
    base = _parts_statuts()  # (20, 4)
    inclinaison_c = np.repeat(inclinaison, 2, axis=0).copy()  # (10, 4)
    inclinaison_c[1::2, 0] *= INCLINAISON_HLM_QPV
    facteur = np.ones((20, 4))
    for _ in range(50):
        brut = base[:, None, :] * inclinaison_c[None, :, :] * facteur[:, None, :]
        prob = brut / brut.sum(axis=2, keepdims=True)
        attendu = (effectifs[:, :, None] * prob).sum(axis=1) / np.maximum(effectifs.sum(axis=1, keepdims=True), 1)
        facteur *= np.where(attendu > 0, base / np.maximum(attendu, 1e-12), 1)
    brut = base[:, None, :] * inclinaison_c[None, :, :] * facteur[:, None, :]
    prob = brut / brut.sum(axis=2, keepdims=True)
    grand_statut = _tirer_categorie(rng_statut, prob[arr, combinaison])
    classe_age = np.where(age_ref < 30, 0, np.where(age_ref >= 65, 1, 2))
    u = rng_statut.random(n)
    cles = ("jeune", "age", "autre")
    part_foyer = np.array([PART_FOYER[c] for c in cles])[classe_age] * (type_menage == SEUL)
    part_meuble = np.array([PART_MEUBLE[c] for c in cles])[classe_age]
    prive = np.where(u < part_foyer, FOYER, np.where(u < part_foyer + part_meuble, MEUBLE, VIDE))
    accedant = rng_statut.random(n) < _par_seuils(age_ref, PART_ACCEDANTS)
    statut = np.select(
        [grand_statut == 0, grand_statut == 1, grand_statut == 2],
        [HLM, prive, np.where(accedant, ACCEDANT, PROPRIETAIRE)],
        GRATUIT,
    )

    # 5. Statuses of persons.
    u = rng_personne.random((7, len(age)), dtype=np.float32)
    handicap = adulte & (u[0] < _par_seuils(age, PREVALENCE_HANDICAP))
    aeeh = (role == 2) & (age < 20) & (u[1] < PREVALENCE_AEEH)
    handicap = handicap | aeeh
    aah = handicap & (age >= 20) & (age < 65) & (u[2] < PART_AAH_PARMI_HANDICAPES)
    etudiant = (role != 3) | (type_menage[menage_de] == COMPLEXE)
    etudiant = etudiant & (u[3] < _par_seuils(age, PART_ETUDIANTS))
    boursier = etudiant & (u[4] < PART_BOURSIERS)
    retraite = u[5] < _par_seuils(age, PART_RETRAITES)
    inaptitude = retraite & (age >= 60) & (age < 65) & (u[6] < PART_INAPTITUDE)
    actif_possible = adulte & ~etudiant & ~retraite & ~aah
    u2 = rng_personne.random((4, len(age)), dtype=np.float32)
    chomeur = actif_possible & (u2[0] < PART_CHOMEURS)
    invalidite = handicap & adulte & ~aah & ~retraite & (u2[1] < PART_PENSION_INVALIDITE)
    inactif = (role == 1) & actif_possible & (u2[2] < PART_CONJOINTS_INACTIFS)

    # 6. Standard of living: latent score, ranked within each arrondissement (persons-weighted).
    enfants_moins_14 = np.bincount(menage_de, weights=(age < 14), minlength=n)
    uc = 1 + 0.5 * (taille - 1 - enfants_moins_14) + 0.3 * enfants_moins_14
    score = (
        rng_revenu.normal(0, 1, n)
        + np.array(DECALAGES_REVENU_STATUT)[statut]
        + DECALAGE_REVENU_QPV * qpv
        + np.array(DECALAGES_REVENU_TYPE)[type_menage]
        + DECALAGE_REVENU_MOINS_DE_25_ANS * (age_ref < 25)
    )
    ordre = np.lexsort((score, arr))
    personnes = (taille - heberge)[ordre].astype(float)
    cumul = np.cumsum(personnes)
    arr_trie = arr[ordre]
    fin_arr = np.searchsorted(arr_trie, np.arange(20), side="right")
    debut_arr = np.concatenate([[0], fin_arr[:-1]])
    avant = np.concatenate([[0.0], cumul])[debut_arr]
    total = cumul[np.maximum(fin_arr - 1, 0)] - avant
    rang = np.empty(n)
    rang[ordre] = (cumul - personnes / 2 - avant[arr_trie]) / total[arr_trie]
    mediane = arr_table.median_uc_eur.to_numpy(dtype=float)[arr]
    d1 = arr_table.filo_d1_uc_eur.to_numpy(dtype=float)[arr]
    d9 = arr_table.filo_d9_uc_eur.to_numpy(dtype=float)[arr]
    z = _probit(rang)
    z90 = _probit(np.array([0.9]))[0]
    sigma = np.where(z < 0, np.log(mediane / d1), np.log(d9 / mediane)) / z90
    sous_d1 = z < -z90
    sigma = np.where(sous_d1, sigma * (1 + (ELARGISSEMENT_SOUS_D1 - 1) * (1 - z90 / np.where(sous_d1, -z, 1))), sigma)
    niveau_de_vie = mediane * np.exp(sigma * z)  # € per UC per year (2021)
    croissance = (1 + CROISSANCE_REVENUS_ANNUELLE) ** _annees_depuis_2021(periode)
    disponible = niveau_de_vie * uc * croissance / 12  # household disposable income, € per month

    # 7. Housing costs.
    pieces = np.clip(np.round(0.75 * (taille - heberge) + 0.6 + 0.35 * z + rng_logement.normal(0, 0.7, n)), 1, 6)
    surface = np.maximum(12 + 16 * pieces + rng_logement.normal(0, 5, n), 9)
    indice_arr = (mediane / float(d.paris["median_uc_eur"])) ** 0.8
    bruit_loyer = np.exp(rng_logement.normal(0, 0.15, n))
    loyer = np.select(
        [statut == HLM, statut == VIDE, statut == MEUBLE, statut == FOYER],
        [
            LOYER_M2_HLM * surface * bruit_loyer,
            LOYER_M2_PRIVE * indice_arr * surface * bruit_loyer,
            LOYER_M2_PRIVE * MAJORATION_MEUBLE * indice_arr * surface * bruit_loyer,
            400 + 200 * rng_logement.random(n),
        ],
        0.0,
    )
    locataire = np.isin(statut, (HLM, VIDE, MEUBLE, FOYER))
    charges = np.where(statut == HLM, CHARGES_M2["hlm"], CHARGES_M2["prive"]) * surface * np.exp(
        rng_logement.normal(0, 0.2, n)
    )
    charges = np.where(locataire & (statut != FOYER), charges, 0.0)
    copropriete = np.where(
        np.isin(statut, (PROPRIETAIRE, ACCEDANT)),
        CHARGES_M2["copropriete"] * surface * np.exp(rng_logement.normal(0, 0.25, n)),
        0.0,
    )
    mensualites = np.where(statut == ACCEDANT, MENSUALITE_M2 * indice_arr * surface * bruit_loyer, 0.0)

    # 8. Income split among adults, national benefits and tax (fixed point on declared income).
    enfant_pf = (role == 2) & (age < 20)
    nb_pf = np.bincount(menage_de, weights=enfant_pf, minlength=n)
    nb_moins_3 = np.bincount(menage_de, weights=(role == 2) & (age < 3), minlength=n)
    nb_3_20 = np.bincount(menage_de, weights=enfant_pf & (age >= 3), minlength=n)
    nb_aeeh = np.bincount(menage_de, weights=aeeh, minlength=n)
    nb_aah = np.bincount(menage_de, weights=aah & (role != 3), minlength=n)
    pension_alimentaire = (type_menage == MONO) & (rng_divers.random(n) < PART_PENSION_ALIMENTAIRE)
    parametres_aspa = parametres.communs.aspa
    montant_aah = float(parametres.communs.aah.montant)
    base_rsa = float(parametres.communs.rsa.montant_forfaitaire)
    recourt_rsa = rng_divers.random(n) < TAUX_RECOURS_RSA
    recourt_al = rng_divers.random(n) < TAUX_RECOURS_AL
    recourt_aspa = rng_divers.random(n) < TAUX_RECOURS_ASPA
    personnes_rsa = np.where(type_menage == COMPLEXE, 1, 1 + conjoint + nb_pf)
    coef_rsa = (
        1 + 0.5 * (personnes_rsa >= 2) + 0.3 * (personnes_rsa >= 3) + 0.3 * (personnes_rsa >= 4)
        + 0.4 * np.maximum(personnes_rsa - 4, 0)
    )
    forfait_logement = base_rsa * np.select([personnes_rsa == 1, personnes_rsa == 2], [0.12, 0.24], 0.297)
    ouvre_rsa = ((age_ref >= 25) | (nb_pf > 0)) & (age_ref < 65)
    age_max_couple = np.maximum(age_ref, np.where(conjoint == 1, age_conjoint, 0))
    ouvre_aspa = age_max_couple >= 65
    plafond_aspa = np.where(
        conjoint == 1, float(parametres_aspa.montant_couple), float(parametres_aspa.montant_personne_seule)
    )
    l1, l2, l3, lsup = PLAFONDS_LOYER_AL
    personnes_al = taille - heberge
    plafond_loyer = np.select([personnes_al == 1, personnes_al == 2], [l1, l2], l3 + lsup * np.maximum(personnes_al - 3, 0))
    charges_al = FORFAIT_CHARGES_AL[0] + FORFAIT_CHARGES_AL[1] * nb_pf
    taux_al = TAUX_PARTICIPATION_AL / (1 + 0.35 * nb_pf)
    abattement_al = np.where(conjoint == 1, ABATTEMENT_AL[1], ABATTEMENT_AL[0]) + ABATTEMENT_AL[2] * nb_pf
    af0, af1, af2, af3, afsup = ALLOCATIONS_FAMILIALES
    af_base = np.select([nb_pf <= 1, nb_pf == 2], [0.0, af2], af3 + afsup * np.maximum(nb_pf - 3, 0))
    parts_fiscales = (
        1 + conjoint + 0.5 * np.minimum(nb_enfants, 2) + 1.0 * np.maximum(nb_enfants - 2, 0)
        + 0.5 * (type_menage == MONO)
    )
    part_aah_estimee = nb_aah * montant_aah * 0.9

    def prestations(declare):
        modulation = np.where(declare > MODULATION_AF[1][0], MODULATION_AF[1][1],
                              np.where(declare > MODULATION_AF[0][0], MODULATION_AF[0][1], 1.0))
        af = af_base * modulation
        cf = np.where((nb_3_20 >= 3) & (declare < COMPLEMENT_FAMILIAL[0]), COMPLEMENT_FAMILIAL[1], 0.0)
        asf = np.where((type_menage == MONO) & ~pension_alimentaire, ASF_PAR_ENFANT * nb_pf, 0.0)
        paje = np.where((nb_moins_3 > 0) & (declare < PAJE_BASE[0]), PAJE_BASE[1], 0.0)
        pf = af + cf + asf + paje + AEEH_BASE * nb_aeeh
        al = np.where(
            locataire & recourt_al,
            np.maximum(np.minimum(loyer, plafond_loyer) + charges_al - PARTICIPATION_MINIMALE_AL - taux_al * np.maximum(declare - abattement_al, 0), 0),
            0.0,
        )
        al = np.minimum(al, loyer)
        fl = np.where((al > 0) | ~locataire, forfait_logement, 0.0)
        ressources_rsa = np.where(type_menage == COMPLEXE, declare / np.maximum(adultes_complexe, 1), declare)
        rsa = np.where(ouvre_rsa & recourt_rsa, np.maximum(base_rsa * coef_rsa - fl - ressources_rsa - af, 0), 0.0)
        aspa = np.where(ouvre_aspa & recourt_aspa, np.maximum(plafond_aspa - declare, 0), 0.0)
        return pf, al, rsa, aspa

    cible = disponible
    declare = cible.copy()
    for _ in range(8):
        pf, al, rsa, aspa = prestations(declare)
        impot = _impot(12 * ABATTEMENT_10_POURCENT * declare, parts_fiscales, conjoint == 1) / 12
        nouveau = np.maximum(cible - pf - al - rsa - aspa - part_aah_estimee + impot, 0)
        declare = 0.5 * declare + 0.5 * nouveau
    pf, al, rsa, aspa_menage = prestations(declare)

    # Split the household's declared income among its adults.
    u3 = rng_revenu.random((3, len(age)), dtype=np.float32)
    poids = np.select(
        [role == 0, role == 1, (role == 3) & (type_menage[menage_de] == COMPLEXE), (role == 2) & adulte],
        [np.ones(len(age)), 0.35 + 0.75 * u3[0], 0.6 + 0.6 * u3[1], np.where(etudiant, 0.06, 0.35)],
        0.0,
    )
    poids = np.where(inactif, 0.0, poids)
    poids = np.where(aah, 0.1 * poids, poids)
    poids = np.where((role == 3) & (type_menage[menage_de] != COMPLEXE), 0.0, poids)  # hosted parents: own pension
    somme = np.bincount(menage_de, weights=poids, minlength=n)
    poids = np.where((somme[menage_de] == 0) & (role == 0), 1.0, poids)
    somme = np.bincount(menage_de, weights=poids, minlength=n)
    revenu = declare[menage_de] * poids / somme[menage_de]
    pension_versee = np.where(pension_alimentaire, np.minimum(PENSION_ALIMENTAIRE_PAR_ENFANT * nb_enfants, 0.5 * declare), 0)
    pensions_alimentaires = np.where(role == 0, np.minimum(pension_versee[menage_de], revenu), 0.0)
    revenu = revenu - pensions_alimentaires
    mediane_paris = float(d.paris["median_uc_eur"])
    part_autres = np.clip(
        0.5 * np.log(niveau_de_vie / mediane_paris) / np.log(float(d.paris["filo_d9_uc_eur"]) / mediane_paris), 0, 0.6
    )
    autres_revenus = np.where(role == 0, part_autres[menage_de] * revenu, 0.0)
    revenu = revenu - autres_revenus
    pension_heberge = np.where(
        (role == 3) & (type_menage[menage_de] != COMPLEXE), 700 + 1100 * rng_revenu.random(len(age)), 0.0
    )
    retraite_nette = np.where(retraite, revenu, 0.0) + pension_heberge
    chomage_net = np.where(chomeur, revenu, 0.0)
    invalidite_montant = np.where(invalidite, 0.6 * revenu, 0.0)
    salaire_net = np.where(~retraite & ~chomeur, revenu - invalidite_montant, 0.0)
    aah_montant = np.where(aah, np.maximum(montant_aah - revenu, 0), 0.0)
    # ASPA: the household amount goes to the eldest of the couple; a hosted parent claims alone.
    vieux = ((role == 0) & (age_ref[menage_de] >= age_max_couple[menage_de])) | (
        (role == 1) & (age_conjoint[menage_de] > age_ref[menage_de])
    )
    aspa_montant = np.where(vieux & (age >= 65), aspa_menage[menage_de], 0.0)
    aspa_heberge = (pension_heberge > 0) & (rng_divers.random(len(age)) < TAUX_RECOURS_ASPA)
    aspa_montant += np.where(
        aspa_heberge, np.maximum(float(parametres_aspa.montant_personne_seule) - pension_heberge, 0), 0.0
    )

    # 9. Tax notice (income of year N-2) and CAF file.
    foyer_fiscal = role != 3
    imposable = np.bincount(
        menage_de,
        weights=foyer_fiscal * (ABATTEMENT_10_POURCENT * (salaire_net + chomage_net + retraite_nette + invalidite_montant
                                                          + pensions_alimentaires) + autres_revenus),
        minlength=n,
    )
    evolution = np.exp(rng_divers.normal(-0.05, 0.12, n))
    rfr = 12 * imposable * evolution
    parts_fiscales = parts_fiscales + 0.5 * np.bincount(menage_de, weights=foyer_fiscal & handicap, minlength=n)
    impot_revenu = _impot(rfr, parts_fiscales, conjoint == 1)
    aah_menage = np.bincount(menage_de, weights=aah_montant, minlength=n)
    allocataire = (pf > 0) | (al > 0) | (rsa > 0) | (aah_menage > 0) | (
        (nb_pf > 0) & (rng_caf.random(n) < PART_ALLOCATAIRES_SANS_PRESTATION)
    )
    p_base, p1, p2, p3, psup = PARTS_CAF
    parts_caf = np.where(
        nb_enfants > 0,
        p_base + p1 * (nb_enfants >= 1) + p2 * (nb_enfants >= 2) + p3 * (nb_enfants >= 3)
        + psup * np.maximum(nb_enfants - 3, 0) + 0.5 * nb_aeeh,
        1.0 + conjoint,
    )
    revenus_menage = np.bincount(
        menage_de, weights=salaire_net + chomage_net + retraite_nette + invalidite_montant + pensions_alimentaires
        + autres_revenus, minlength=n,
    )
    attestation = allocataire & (nb_enfants > 0) & (rng_caf.random(n) < PART_ATTESTATION_QF)
    qf_caf = np.where(
        attestation, (revenus_menage * evolution + pf) / parts_caf * np.exp(rng_caf.normal(0, 0.05, n)), np.nan
    )

    # 10. Residence, canteen, other aid-specific inputs.
    part_5_ans = np.where(age_ref < 30, PART_RESIDENCE_5_ANS["moins_de_30"], PART_RESIDENCE_5_ANS["autres"])
    anciennete = np.where(rng_divers.random(n) < part_5_ans, 5, rng_divers.integers(0, 5, n))
    actif_ref = (salaire_net > 0)[debut]
    mutation = (anciennete < 3) & actif_ref & (rng_divers.random(n) < PART_MUTATION_IMPOSEE)
    cantine = (role == 2) & (age >= 3) & (age < 15) & (rng_divers.random(len(age)) < PART_REPAS_CANTINE)
    repas = np.where(cantine, rng_divers.integers(REPAS_PAR_MOIS[0], REPAS_PAR_MOIS[1], len(age)), 0)

    # 11. Aid-specific inputs.
    r = rng_aides.random((12, n), dtype=np.float32)
    rp = rng_aides.random((12, len(age)), dtype=np.float32)
    aah_menage_hors_heberges = np.bincount(menage_de, weights=np.where(role != 3, aah_montant + aspa_montant, 0), minlength=n)
    ressources_css = declare + aah_menage_hors_heberges
    personnes_css = taille - heberge
    coef_css = (
        1 + 0.5 * (personnes_css >= 2) + 0.3 * (personnes_css >= 3) + 0.3 * (personnes_css >= 4)
        + 0.4 * np.maximum(personnes_css - 4, 0)
    )
    plafond_css = PLAFOND_CSS_PERSONNE_SEULE * coef_css
    droit_gratuite = (rsa > 0) | (ressources_css <= plafond_css)
    droit_participation = ~droit_gratuite & (ressources_css <= MAJORATION_CSS_AVEC_PARTICIPATION * plafond_css)
    css = np.select(
        [droit_gratuite & (r[0] < TAUX_RECOURS_CSS["gratuite"]),
         droit_participation & (r[0] < TAUX_RECOURS_CSS["avec_participation"])],
        [2, 1],
        0,
    )  # 0 aucune, 1 avec participation, 2 gratuite
    participation_personne = np.where(role <= 1, _par_seuils(age, PARTICIPATION_CSS_MENSUELLE), 0.0)
    participation_css = np.where(css == 1, 12 * np.bincount(menage_de, weights=participation_personne, minlength=n), 0.0)
    cotise = r[1] < np.array([PART_MUTUELLE["aucune"], PART_MUTUELLE["avec_participation"], PART_MUTUELLE["gratuite"]])[css]
    loge = locataire | (statut == ACCEDANT)
    impayes = loge & (r[2] < PART_IMPAYES[0] + PART_IMPAYES[1] * (declare < 1000))
    decent = r[3] >= PART_LOGEMENT_NON_DECENT
    parking = np.where(
        (statut == VIDE) & (age_ref >= 30) & (r[4] < PART_PARKING[0]), PART_PARKING[1] + PART_PARKING[2] * r[5], 0.0
    )
    factures_energie = ~(((statut == GRATUIT) & (r[6] < 0.7)) | (statut == FOYER))
    aide_energie = (nb_enfants > 0) & (declare < 2500) & (r[7] < PART_AIDE_ENERGIE_RECENTE)
    occupant = (statut != GRATUIT) | (r[8] < PART_OCCUPANT_EN_TITRE_HEBERGES)
    etudiant_ref = etudiant[debut]
    duree_bail = np.select(
        [statut == VIDE, statut == MEUBLE, statut == FOYER],
        [np.full(n, 36), np.where(etudiant_ref & (r[9] < 0.5), 9, 12), np.full(n, 12)],
        0,
    )
    bail_aile = etudiant_ref & np.isin(statut, (VIDE, MEUBLE)) & (r[10] < PART_BAIL_AILE)
    palliatifs = (age_ref < 65) & (r[11] < PART_PROCHE_SOINS_PALLIATIFS)
    malade = (role == 2) & (age < 18) & (rp[0] < PART_ENFANT_GRAVEMENT_MALADE)
    enfant_malade = np.bincount(menage_de, weights=malade, minlength=n) > 0
    aidant_possible = (role <= 1) & (salaire_net > 0) & (palliatifs | enfant_malade)[menage_de]
    cessation = aidant_possible & (rp[1] < PART_CESSATION_ACCOMPAGNEMENT)
    revenus_perdus = np.where(cessation, salaire_net, 0.0)
    salaire_net = np.where(cessation, 0.0, salaire_net)
    indemnites = np.where(cessation & (rp[2] < 0.5), np.minimum(0.5 * revenus_perdus, 1000.0), 0.0)
    tutelle = ((age >= 75) & (rp[3] < PART_TUTELLE["75_ans"])) | (handicap & adulte & (rp[3] < PART_TUTELLE["handicap"]))
    parent_heberge = (role == 3) & (type_menage[menage_de] != COMPLEXE)
    aide_crous = etudiant & ~boursier & (rp[4] < PART_AIDE_SPECIFIQUE_CROUS)
    projet_vacances = (age >= 16) & (age < 31) & (rp[5] < PART_PROJET_VACANCES)
    suivi = adulte & (age < 26) & ~etudiant & (revenu < 800) & (rp[6] < PART_SUIVI_JEUNES)
    nature_fajp = pd.Categorical.from_codes(
        np.where(suivi, np.where(rp[7] < 0.6, 1, 2), 0), categories=["non_precisee", "urgence", "formation_equipement"]
    )
    fajp_percu = np.where(
        suivi & (rp[8] < PART_FAJP_DEJA_PERCU[0]), PART_FAJP_DEJA_PERCU[1] + PART_FAJP_DEJA_PERCU[2] * rp[9], 0.0
    )
    jours_domicile = np.where(aeeh & (rp[10] < PART_AEEH_EN_ETABLISSEMENT), 0.3 + 0.5 * rp[11], 1.0)

    # 12. Tables.
    debut_mois = np.datetime64(f"{periode}-01")
    naissance = debut_mois - np.floor(age * 365.25).astype("timedelta64[D]")
    codes = arr_table.code_insee.to_numpy()
    id_menage = np.arange(1, n + 1, dtype=np.int64)
    table_menages = pd.DataFrame({
        "id_menage": id_menage,
        "poids": np.full(n, menages_paris() / n),
        "depcom": pd.Categorical.from_codes(arr, categories=[str(c) for c in codes]),
        "qpv": qpv,
        "statut_occupation_logement": pd.Categorical.from_codes(statut, categories=list(STATUTS)),
        "loyer": _centimes(loyer),
        "charges_locatives": _centimes(charges),
        "charges_copropriete": _centimes(copropriete),
        "mensualites_pret_logement": _centimes(mensualites),
        "aide_logement": _centimes(al),
        "aide_logement_demandee": al > 0,
        "prestations_familiales": _centimes(pf),
        "rsa": _centimes(rsa),
        "allocataire_caf": allocataire,
        "quotient_familial_caf": _centimes(qf_caf),
        "revenu_fiscal_reference": np.round(rfr),
        "nombre_parts_fiscales": parts_fiscales,
        "impot_revenu": np.round(impot_revenu),
        "anciennete_residence_paris": anciennete.astype(np.int64),
        "mutation_professionnelle_imposee": mutation,
        "colocation": (type_menage == COMPLEXE) & (age_ref < 35),
        "restauration_scolaire_qf_depose": np.ones(n, dtype=bool),
        "complementaire_sante_solidaire": pd.Categorical.from_codes(css, categories=["aucune", "avec_participation", "gratuite"]),
        "participation_css_annuelle": _centimes(participation_css),
        "cotise_complementaire_sante": cotise,
        "impayes_logement": impayes,
        "logement_decent": decent,
        "loyer_stationnement": _centimes(parking),
        "factures_energie_a_charge": factures_energie,
        "aide_energie_preventive_recente": aide_energie,
        "occupant_en_titre": occupant,
        "duree_bail": duree_bail.astype(np.int64),
        "aide_installation_logement_etudiant_bail_signe_periode": bail_aile,
        "proche_en_soins_palliatifs": palliatifs,
    })
    table_individus = pd.DataFrame({
        "id_individu": np.arange(1, len(age) + 1, dtype=np.int64),
        "id_menage": id_menage[menage_de],
        "role": pd.Categorical.from_codes(role, categories=list(ROLES)),
        "date_naissance": naissance,
        "salaire_net": _centimes(salaire_net),
        "chomage_net": _centimes(chomage_net),
        "retraite_nette": _centimes(retraite_nette),
        "pensions_invalidite": _centimes(invalidite_montant),
        "pensions_alimentaires_percues": _centimes(pensions_alimentaires),
        "autres_revenus": _centimes(autres_revenus),
        "aah": _centimes(aah_montant),
        "aspa": _centimes(aspa_montant),
        "handicap": handicap,
        "beneficiaire_aeeh": aeeh,
        "etudiant": etudiant,
        "boursier_enseignement_superieur": boursier,
        "inaptitude_travail": inaptitude,
        "repas_cantine_par_mois": repas.astype(np.int64),
        "sous_tutelle": tutelle,
        "parent_heberge": parent_heberge,
        "aide_specifique_crous_ou_repas_un_euro": aide_crous,
        "projet_vacances_autonome": projet_vacances,
        "suivi_mission_locale_ou_travailleur_social": suivi,
        "fonds_aide_jeunes_parisiens_nature_aide": nature_fajp,
        "fonds_aide_jeunes_parisiens_percu_3_ans": _centimes(fajp_percu),
        "gravement_malade_ou_hospitalise": malade,
        "cessation_activite_accompagnement": cessation,
        "revenus_activite_perdus": _centimes(revenus_perdus),
        "indemnites_accompagnement_percues": _centimes(indemnites),
        "part_jours_au_domicile": np.round(jours_domicile, 3),
    })
    metadonnees = {
        "generateur": "paris_droits.population",
        "version_generateur": VERSION_GENERATEUR,
        "graine": int(graine),
        "menages": n,
        "periode": periode,
        "menages_paris": menages_paris(),
    }
    return Population(table_menages, table_individus, metadonnees, type_menage)


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
