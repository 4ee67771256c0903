"""ASPEH : au moins un enfant handicapé à charge (AEEH ou AAH)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_soutien_parents_enfant_handicape_condition_enfant_handicape(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "ASPEH : avoir au moins un enfant à charge ouvrant droit à l'AEEH ou à l'AAH"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3 et titre IV A art. 8"
    )

    def formula(menage, period, parameters):
        minimum = parameters(
            period
        ).familles.allocation_soutien_parents_enfant_handicape.nombre_enfants_handicapes_minimum
        return menage("nombre_enfants_handicapes", period) >= minimum
