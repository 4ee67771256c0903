"""Loyer mensuel d'un parking loué avec le logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class loyer_stationnement(Variable):
    # Source of the value: quittance de loyer (parking or box line).
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Loyer mensuel d'un emplacement de stationnement loué avec le logement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/3 (le loyer de parking entre dans le taux d'effort)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
