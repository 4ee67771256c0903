"""Autres revenus imposables perçus dans le mois (revenus fonciers, de capitaux, d'activité non salariée…)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class autres_revenus(Variable):
    # Source of the value: Avis d'imposition, relevés.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Autres revenus imposables perçus dans le mois (revenus fonciers, de capitaux, d'activité non salariée…)"
    reference = "Code général des impôts, art. 1A et 156 (revenu imposable)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
