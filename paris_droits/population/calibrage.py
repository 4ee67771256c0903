"""Calibration of the synthetic Paris population: codes, assumptions and public aggregates.

Public figures come from paris_droits/population/donnees/*.csv, copied there with their source and
confidence, and are read by the functions at the end of this module. Every other number here is an
assumption, named in the constants below and listed in French in docs/equipes-politiques.md.
`paris_droits.population.generateur` draws the population from them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

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
    "demandeur_emploi_non_indemnise": "valeur par défaut (faux) : aucune donnée parisienne retenue sur les enfants de 21 à 24 ans inscrits à France Travail sans indemnisation",
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


# --- Public data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DonneesPubliques:
    """The public aggregates copied in donnees/ (each CSV states its sources in its header and columns)."""

    arrondissements: pd.DataFrame  # 20 rows, 75101..75120
    paris: pd.Series
    structure: pd.DataFrame
    qpv: pd.DataFrame


@functools.cache
def donnees() -> DonneesPubliques:
    """The public aggregates, read once."""
    arr = pd.read_csv(DONNEES / "arrondissements.csv", comment="#")
    paris = arr[arr.code_insee == 75056].iloc[0]
    arr = arr[arr.code_insee != 75056].sort_values("code_insee").reset_index(drop=True)
    structure = pd.read_csv(DONNEES / "paris_structure.csv", comment="#")
    qpv = pd.read_csv(DONNEES / "qpv_paris.csv", comment="#", dtype={"arrondissements": str})
    return DonneesPubliques(arr, paris, structure, qpv)


def indicateur(category: str, indicator: str, source: str | None = None) -> pd.Series:
    """One row of paris_structure.csv (Paris-wide structure figures)."""
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


def parts_types() -> np.ndarray:
    """(20, 5) household-type shares: Paris RP2020 shares, single persons tilted to match each
    arrondissement's mean household size, single-parent share where a proxy exists."""
    d = donnees()
    part = {k: float(indicateur("household_type", k)["value"]) / 100 for k in (
        "one_person", "other_without_family", "couple_without_children", "couple_with_children", "single_parent")}
    familles = part["couple_with_children"] + part["single_parent"]
    hors_seuls = part["couple_without_children"] + familles + part["other_without_family"]
    sp_paris = part["single_parent"] / familles
    sp = d.arrondissements.single_parent_pct.to_numpy(dtype=float) / 100
    sp = np.where(np.isnan(sp), sp_paris, sp)
    enfants = loi_enfants()
    moyenne_enfants = float(np.dot(list(enfants.keys()), list(enfants.values())))
    adultes_complexe = float(np.dot(list(ADULTES_MENAGE_COMPLEXE), list(ADULTES_MENAGE_COMPLEXE.values())))
    taille_hors_seuls = (
        part["couple_without_children"] * 2
        + familles * ((1 - sp) * (2 + moyenne_enfants) + sp * (1 + moyenne_enfants))
        + part["other_without_family"] * adultes_complexe
    ) / hors_seuls
    en_menage = float(indicateur("household_type", "population_in_households")["count"]) / float(d.paris["population"])
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


def loi_enfants() -> dict[int, float]:
    """Distribution of the number of children in families with children (Insee, 4+ split assumed)."""
    loi = {}
    for k, nom in ((1, "families_with_1_child_under25"), (2, "families_with_2_children_under25"),
                   (3, "families_with_3_children_under25")):
        loi[k] = float(indicateur("children", nom)["value"])
    quatre = float(indicateur("children", "families_with_4plus_children_under25")["value"])
    for k, p in REPARTITION_4_ENFANTS_ET_PLUS.items():
        loi[k] = quatre * p
    total = sum(loi.values())
    return {k: v / total for k, v in loi.items()}


def parts_statuts() -> np.ndarray:
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
