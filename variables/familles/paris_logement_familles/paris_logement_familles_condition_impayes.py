"""Paris Logement Familles : ne pas avoir d'impayé de loyer ou de charges."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_condition_impayes(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles : ne pas avoir d'impayé de loyer, de charges ou de remboursement de prêt"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/5"

    def formula(menage, period):
        return ~menage("impayes_logement", period)
