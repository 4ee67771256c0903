"""Paris Logement Familles : percevoir l'aide au logement, ou occuper un logement décent."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_condition_aide_logement(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles : percevoir l'aide au logement (AL ou APL), ou à défaut occuper un logement décent"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/4"

    def formula(menage, period):
        return (menage("aide_logement", period) > 0) + menage("logement_decent", period)
