"""Pass Paris Access' : valeur mensuelle du forfait Navigo gratuit accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_access(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Access' accordé pour une demande faite ce mois-ci : valeur mensuelle des forfaits Navigo gratuits du ménage"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 3.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("pass_paris_access_eligible", period) * menage("pass_paris_access_montant", period)
