"""Paris Logement : avoir demandé l'aide au logement, ou occuper un logement décent."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_condition_aide_logement(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : avoir fait valoir ses droits à l'aide au logement (AL ou APL), ou à défaut occuper un logement décent"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/5 et articles correspondants des titres III 2.1, IV 2.3 et V 3.1"

    def formula(menage, period):
        percue = menage("aide_logement", period) > 0
        return percue + menage("aide_logement_demandee", period) + menage("logement_decent", period)
