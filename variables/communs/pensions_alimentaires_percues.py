"""Pensions alimentaires perçues dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class pensions_alimentaires_percues(Variable):
    # Source of the value: Jugement ou convention ; avis d'imposition.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions alimentaires perçues dans le mois"
    reference = "Code général des impôts, art. 79 (pensions alimentaires imposables)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
