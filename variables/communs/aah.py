"""Allocation aux adultes handicapés perçue dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class aah(Variable):
    # Source of the value: Notification CAF de l'AAH. Prestation nationale déclarée, jamais recalculée ici.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation aux adultes handicapés perçue dans le mois"
    reference = "Code de la sécurité sociale, art. L821-1 (AAH)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
