"""Paris Forfait Familles : montant accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Forfait Familles accordé pour une demande faite ce mois-ci (montant annuel, versé une fois)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.2 ; annexes de 2018 et 2019 (305 € jusqu'à 3 000 €, 200 € jusqu'à 5 000 €)"
    unit = "currency-EUR"
    documentation = """
    No housing-cost condition: IV 1.2 requires three dependent children and declared income under the
    ceiling only; openfisca-paris's extra housing-charge condition is not in the text and is not added
    (see paris_forfait_familles_eligible). Amounts: the annex's 305 EUR / 200 EUR are kept; the
    conflicting 205 EUR / 300 EUR quote (aides-jeunes issue #4579) is documented in the parameters.
    """

    def formula(menage, period):
        return menage("paris_forfait_familles_eligible", period) * menage("paris_forfait_familles_montant", period)
