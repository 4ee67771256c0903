"""Aide à l'amélioration de l'habitat : logement occupé depuis au moins 3 ans, sauf adaptation au handicap."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_occupation(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : occuper effectivement le logement depuis au moins 3 ans, sauf travaux d'adaptation au handicap"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. b/1 ; II et III 2.2 e/2 et IV 2.6 e/2 (dérogation pour le handicap)"

    def formula(menage, period):
        exigee = menage("aide_amelioration_habitat_duree_occupation_exigee", period)
        return menage("anciennete_occupation_logement", period) >= exigee
