"""Allocation de maintien à domicile d'un parent âgé : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'allocation de maintien à domicile d'un parent âgé"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"

    def formula(menage, period):
        return (
            menage("allocation_maintien_domicile_parent_age_condition_residence", period)
            * menage("allocation_maintien_domicile_parent_age_condition_parent_age", period)
            * menage("allocation_maintien_domicile_parent_age_condition_ressources_parent", period)
            * menage("allocation_maintien_domicile_parent_age_condition_impot", period)
            * menage("allocation_maintien_domicile_parent_age_condition_occupant", period)
            * menage("allocation_maintien_domicile_parent_age_condition_tutelle", period)
        )
