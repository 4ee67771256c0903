"""Allocation d'accompagnement : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'allocation d'accompagnement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5"

    def formula(menage, period):
        return (
            menage("allocation_accompagnement_condition_residence", period)
            * menage("allocation_accompagnement_condition_cessation_activite", period)
            * menage("allocation_accompagnement_condition_proche", period)
            * menage("allocation_accompagnement_condition_delai", period)
        )
