"""Aide à l'amélioration de l'habitat : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'aide à l'amélioration de l'habitat"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2"

    def formula(menage, period):
        return (
            menage("aide_amelioration_habitat_condition_travaux", period)
            * menage("aide_amelioration_habitat_condition_public", period)
            * menage("aide_amelioration_habitat_condition_statut_occupation", period)
            * menage("aide_amelioration_habitat_condition_occupation", period)
            * menage("aide_amelioration_habitat_condition_impot", period)
            * menage("aide_amelioration_habitat_condition_residence", period)
            * menage("aide_amelioration_habitat_condition_delai", period)
        )
