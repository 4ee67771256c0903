"""FAJP : aide accordée au plus si la demande est faite ce mois-ci (aide ponctuelle, discrétionnaire)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens pour une demande faite ce mois-ci (montant maximal d'une aide ponctuelle et discrétionnaire)"
    reference = "Code de l'action sociale et des familles, art. L263-15 ; Fonds d'aide aux jeunes Parisiens (Mission locale de Paris)"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("fonds_aide_jeunes_parisiens_eligible", period) * menage("fonds_aide_jeunes_parisiens_montant", period)
