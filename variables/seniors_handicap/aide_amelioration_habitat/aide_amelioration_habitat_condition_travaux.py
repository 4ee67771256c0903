"""Aide à l'amélioration de l'habitat : un projet de travaux sur parties privatives ou communes."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_travaux(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : le ménage a un projet de travaux d'amélioration (parties privatives ou parties communes)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. a/2 et c/1"

    def formula(menage, period):
        travaux = menage("aide_amelioration_habitat_travaux", period)
        return travaux != travaux.possible_values.aucun
