"""Allocations chômage nettes perçues dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class chomage_net(Variable):
    # Source of the value: Relevé de situation France Travail.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocations chômage nettes perçues dans le mois"
    reference = "Code du travail, art. L5422-1 (allocation d'aide au retour à l'emploi)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
