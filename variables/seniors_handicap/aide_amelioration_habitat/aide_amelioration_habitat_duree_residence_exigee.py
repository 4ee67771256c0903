"""Aide à l'amélioration de l'habitat : durée de résidence à Paris exigée."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class aide_amelioration_habitat_duree_residence_exigee(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : durée de résidence à Paris exigée (3 ans sur 5 ; 1 an après une mutation imposée, pour une famille)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 5 (mutation imposée, aides aux familles)",
    ]
    unit = "year"

    def formula(menage, period, parameters):
        famille = menage("nombre_enfants_a_charge", period) > 0
        return where(famille, menage("duree_residence_exigee_familles", period), parameters(period).communs.residence.duree_minimale)
