"""Allocation de maintien à domicile d'un parent âgé : héberger un parent de 75 ans ou plus."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_condition_parent_age(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation de maintien à domicile d'un parent âgé : héberger à son foyer un parent âgé de 75 ans ou plus"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"

    def formula(menage, period, parameters):
        age_minimum = parameters(period).aidants.allocation_maintien_domicile_parent_age.age_minimum
        return menage("allocation_maintien_domicile_parent_age_age_parent", period) >= age_minimum
