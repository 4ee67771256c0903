"""Aide à l'amélioration de l'habitat : durée d'occupation du logement exigée (aucune pour une adaptation au handicap)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class aide_amelioration_habitat_duree_occupation_exigee(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : durée d'occupation effective du logement exigée (3 ans ; aucune pour des travaux d'adaptation au handicap)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. b/1 ; II et III 2.2 e/2 et IV 2.6 e/2 (dérogation pour le handicap)"
    unit = "year"

    def formula(menage, period, parameters):
        minimum = parameters(period).seniors_handicap.aide_amelioration_habitat.duree_occupation_minimale
        return where(menage("aide_amelioration_habitat_adaptation_handicap", period), 0, minimum)
