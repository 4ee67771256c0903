"""Paris Logement : ne pas avoir d'impayé de loyer ou de charges."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_condition_impayes(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : ne pas avoir d'impayé de loyer ou de charges (sauf cas fixés par le conseil d'administration du CASVP)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/6 et articles correspondants des titres III 2.1, IV 2.3 et V 3.1"

    def formula(menage, period):
        return ~menage("impayes_logement", period)
