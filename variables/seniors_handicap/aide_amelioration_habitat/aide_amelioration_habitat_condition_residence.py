"""Aide à l'amélioration de l'habitat : condition de résidence à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : résider à Paris depuis 3 ans sur 5 (1 an après une mutation imposée, pour une famille)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 5 (mutation imposée, aides aux familles)",
    ]

    def formula(menage, period):
        exigee = menage("aide_amelioration_habitat_duree_residence_exigee", period)
        return menage("reside_a_paris", period) * (menage("anciennete_residence_paris", period) >= exigee)
