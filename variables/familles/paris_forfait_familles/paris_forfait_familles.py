"""Paris Forfait Familles : montant accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Forfait Familles accordé pour une demande faite ce mois-ci (montant annuel, versé une fois)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.2"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_forfait_familles_eligible", period) * menage("paris_forfait_familles_montant", period)
