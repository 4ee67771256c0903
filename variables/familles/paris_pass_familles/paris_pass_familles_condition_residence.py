"""Paris Pass Familles : condition de résidence des aides aux familles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_pass_familles_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Pass Familles : résider à Paris depuis 3 ans sur 5 (1 an en cas de mutation imposée)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2 et titre IV A art. 2 et 5"

    def formula(menage, period):
        return menage("condition_residence_paris_familles", period)
