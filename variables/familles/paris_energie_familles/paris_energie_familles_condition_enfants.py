"""Paris Énergie Familles : au moins un enfant à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles_condition_enfants(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles : avoir au moins un enfant à charge"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4 et titre IV A art. 6 à 8"
    )

    def formula(menage, period, parameters):
        minimum = parameters(period).familles.paris_energie_familles.nombre_enfants_minimum
        return menage("nombre_enfants_a_charge", period) >= minimum
