"""Comment le quotient familial de la cantine est établi."""

from numpy import isnan
from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, choisir


class RouteQuotientFamilial(Enum):
    attestation_caf = "QF imprimé sur l'attestation CAF"
    formule_caf = "QF calculé selon la formule de la CAF : (ressources + prestations familiales) / parts"
    avis_imposition = "QF calculé sur l'avis d'imposition : revenu fiscal de référence / 12 / parts fiscales"


class restauration_scolaire_route_qf(Variable):
    value_type = Enum
    possible_values = RouteQuotientFamilial
    default_value = RouteQuotientFamilial.attestation_caf
    entity = Menage
    definition_period = MONTH
    label = "Voie retenue pour établir le quotient familial de la restauration scolaire"
    reference = [
        "Caisse des écoles du 14e : attestation CAF de moins de 3 mois sur laquelle figure le QF",
        "Conseil de Paris, délibération 2010 DASCO 03 : QF calculé de façon identique à la CAF de Paris",
        "Caisse des écoles du 18e, rentrée 2024-2025 : familles non allocataires, avis d'imposition (revenus N-2)",
    ]
    documentation = """
    1. The QF printed on a CAF attestation, when the family shows one.
    2. Otherwise, for a household with a CAF file, the CAF formula.
    3. Otherwise (no CAF file), the tax route on the last avis d'imposition.
    """

    def formula(menage, period):
        attestation = ~isnan(menage("quotient_familial_caf", period))
        allocataire = menage("allocataire_caf", period)
        return choisir(
            [attestation, allocataire],
            [RouteQuotientFamilial.attestation_caf, RouteQuotientFamilial.formule_caf],
            RouteQuotientFamilial.avis_imposition,
        )
