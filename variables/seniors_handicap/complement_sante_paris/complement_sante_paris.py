"""Complément Santé Paris : montant accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Complément Santé Paris accordé pour une demande faite ce mois-ci (montant annuel, pour douze mois)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 et titre III 1.2"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("complement_sante_paris_eligible", period) * menage(
            "complement_sante_paris_montant", period
        )
