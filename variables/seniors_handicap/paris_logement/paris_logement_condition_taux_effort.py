"""Paris Logement : taux d'effort d'au moins 30 %."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.entities import Menage


class paris_logement_condition_taux_effort(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : avoir un taux d'effort pour le logement d'au moins 30 %"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3, III 2.1 b/3, IV 2.3 b/3 et V 3.1 b/3"

    def formula(menage, period, parameters):
        minimum = parameters(period).seniors_handicap.paris_logement.taux_effort_minimum
        return menage("paris_logement_taux_effort", period) >= minimum
