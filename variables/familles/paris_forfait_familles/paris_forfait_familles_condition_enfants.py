"""Paris Forfait Familles : au moins trois enfants à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles_condition_enfants(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Forfait Familles : avoir au moins trois enfants à charge"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.2"

    def formula(menage, period, parameters):
        minimum = parameters(period).familles.paris_forfait_familles.nombre_enfants_minimum
        return menage("nombre_enfants_a_charge", period) >= minimum
