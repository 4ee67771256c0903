"""Allocation d'accompagnement : revenus professionnels perdus par les membres qui ont cessé leur activité."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_revenus_perdus(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation d'accompagnement : revenus professionnels mensuels perdus par le ou les membres qui ont cessé leur activité"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/4"
    unit = "currency-EUR"

    def formula(menage, period):
        cessation = menage.members("cessation_activite_accompagnement", period)
        return menage.sum(cessation * menage.members("revenus_activite_perdus", period))
