"""Paris Solidarité : montant mensuel accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité accordée pour une demande faite ce mois-ci (montant mensuel)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 et titre III 1.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_solidarite_eligible", period) * menage("paris_solidarite_montant", period)
