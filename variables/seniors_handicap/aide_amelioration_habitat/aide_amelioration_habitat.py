"""Aide à l'amélioration de l'habitat : montant maximal accordé si la demande est faite ce mois-ci (aide ponctuelle)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat pour une demande faite ce mois-ci (montant maximal d'une aide ponctuelle, versée à SOLIHA)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("aide_amelioration_habitat_eligible", period) * menage("aide_amelioration_habitat_montant", period)
