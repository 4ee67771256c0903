"""Paris Pass Familles : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_pass_familles_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Pass Familles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.1"

    def formula(menage, period):
        return menage("paris_pass_familles_condition_residence", period) * menage("paris_pass_familles_condition_enfants", period)
