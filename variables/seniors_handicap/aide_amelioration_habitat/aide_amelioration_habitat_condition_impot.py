"""Aide à l'amélioration de l'habitat : impôt sur le revenu sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_impot(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : impôt sur le revenu soumis au barème inférieur ou égal au plafond (992 €)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2 b/2, III 2.2 b/2, IV 2.6 b/3 et V 3.2 b/2 ; annexe du 1er novembre 2019"

    def formula(menage, period, parameters):
        plafond = parameters(period).seniors_handicap.aide_amelioration_habitat.plafond_impot
        return menage("aide_amelioration_habitat_base_ressources", period) <= plafond
