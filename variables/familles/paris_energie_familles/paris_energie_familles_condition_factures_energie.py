"""Paris Énergie Familles : le ménage paie des factures d'énergie."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles_condition_factures_energie(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles : payer des factures d'électricité ou de gaz (ou y participer si la famille est hébergée gratuitement)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4"

    def formula(menage, period):
        return menage("factures_energie_a_charge", period)
