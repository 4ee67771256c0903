"""Allocation de maintien à domicile d'un parent âgé : montant mensuel accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation familiale pour le maintien à domicile d'un parent âgé accordée pour une demande faite ce mois-ci (montant mensuel)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"
    unit = "currency-EUR"

    def formula(menage, period):
        return (
            menage("allocation_maintien_domicile_parent_age_eligible", period)
            * menage("allocation_maintien_domicile_parent_age_montant", period)
        )
