"""Allocation de maintien à domicile d'un parent âgé : ressources du parent âgé sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_condition_ressources_parent(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation de maintien à domicile d'un parent âgé : ressources mensuelles du parent âgé hébergé "
        "inférieures ou égales au plafond (au moins un parent âgé, s'il y en a plusieurs)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5 ; annexe du 1er novembre 2019"

    def formula(menage, period, parameters):
        plafond = parameters(period).aidants.allocation_maintien_domicile_parent_age.plafond_ressources_parent
        return menage("allocation_maintien_domicile_parent_age_base_ressources", period) <= plafond
