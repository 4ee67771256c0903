"""Aide à l'amélioration de l'habitat : pas d'aide pour des travaux achevés il y a moins de deux ans."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_delai(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : aucune aide reçue pour des travaux achevés il y a moins de deux ans, sauf adaptation au handicap"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. e/1"
    documentation = """
    The other exceptions of e/1 (an exceptional situation, a dwelling newly included in an OPAH) are
    decided case by case and not modelled.
    """

    def formula(menage, period):
        return not_(menage("aide_amelioration_habitat_recue_2_ans", period)) + menage("aide_amelioration_habitat_adaptation_handicap", period)
