"""Revenus déclarés du foyer retenus pour le renouvellement de l'allocation d'accompagnement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.entities import Menage


class allocation_accompagnement_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenus mensuels déclarés du foyer retenus pour le renouvellement de l'allocation d'accompagnement (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre IV 1.5 d/1"
    unit = "currency-EUR"
    documentation = """
    The règlement caps the renewal at 4 575 € of monthly income without the reference file saying
    which income: the household's declared income of the previous month is used, as for the other
    family aids (À VÉRIFIER).
    """

    def formula(menage, period):
        return menage("revenus_declares_menage", period.last_month)
