"""Pensions d'invalidité perçues dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class pensions_invalidite(Variable):
    # Source of the value: Notification de pension d'invalidité (CPAM).
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions d'invalidité perçues dans le mois"
    reference = "Code de la sécurité sociale, art. L341-1 (pension d'invalidité)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
