"""Aide aux personnes sans domicile fixe : montant maximal accordé si la demande est faite ce mois-ci (aide ponctuelle)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_sans_domicile_fixe(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe pour une demande faite ce mois-ci (montant maximal d'une aide ponctuelle en espèces)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("aide_sans_domicile_fixe_eligible", period) * menage("aide_sans_domicile_fixe_montant", period)
