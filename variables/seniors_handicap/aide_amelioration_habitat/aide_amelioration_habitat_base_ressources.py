"""Aide à l'amélioration de l'habitat : impôt sur le revenu retenu."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Impôt sur le revenu soumis au barème retenu pour l'aide à l'amélioration de l'habitat (dernier avis, montant annuel)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (montant de l'imposition) ; titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. b/2 ou b/3"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("impot_revenu", period.last_month)
