"""Allocation pour naissance ou adoption multiple : montant accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_naissance_multiple(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation pour naissance ou adoption multiple accordée pour une demande faite ce mois-ci (versée une fois)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4",
        "Annexe au règlement municipal, 1er novembre 2019 (763 €, versés une fois)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        montant = parameters(period).familles.allocation_naissance_multiple.montant
        return menage("allocation_naissance_multiple_eligible", period) * montant
