"""Paris Énergie Familles : montant accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles accordé pour une demande faite ce mois-ci (montant annuel, versé une fois au fournisseur d'énergie)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_energie_familles_eligible", period) * menage(
            "paris_energie_familles_montant", period
        )
