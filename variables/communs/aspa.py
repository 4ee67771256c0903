"""Allocation de solidarité aux personnes âgées perçue dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class aspa(Variable):
    # Source of the value: Notification de la caisse de retraite. Prestation nationale déclarée, jamais recalculée ici.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation de solidarité aux personnes âgées perçue dans le mois"
    reference = "Code de la sécurité sociale, art. L815-1 (ASPA)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
