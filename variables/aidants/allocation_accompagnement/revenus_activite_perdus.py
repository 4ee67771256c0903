"""Revenus professionnels mensuels perdus du fait de la cessation d'activité."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class revenus_activite_perdus(Variable):
    # Source of the value: bulletins de salaire antérieurs à la cessation d'activité (revenu mensuel perdu).
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus professionnels mensuels perdus du fait de la cessation d'activité pour accompagner un proche"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/4"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
