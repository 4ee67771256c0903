"""Pensions de retraite nettes perçues dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class retraite_nette(Variable):
    # Source of the value: Relevé de pensions (caisses de retraite).
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions de retraite nettes perçues dans le mois"
    reference = "Code de la sécurité sociale, livre III titre V (assurance vieillesse)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
