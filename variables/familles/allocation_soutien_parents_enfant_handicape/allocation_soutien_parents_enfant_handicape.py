"""Allocation de soutien aux parents d'enfants handicapés (ASPEH) : montant mensuel accordé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_soutien_parents_enfant_handicape(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation de soutien aux parents d'enfants handicapés (ASPEH) accordée pour le mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3"
    unit = "currency-EUR"

    def formula(menage, period):
        eligible = menage("allocation_soutien_parents_enfant_handicape_eligible", period)
        return eligible * menage("allocation_soutien_parents_enfant_handicape_montant", period)
