"""Paris Logement Familles : au moins deux enfants à charge, ou un enfant handicapé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_condition_enfants(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles : avoir au moins deux enfants à charge, ou au moins un enfant handicapé à charge"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 (public) et titre IV A art. 6 à 8"

    def formula(menage, period, parameters):
        plf = parameters(period).familles.paris_logement_familles
        enfants = menage("nombre_enfants_a_charge", period) >= plf.nombre_enfants_minimum
        handicapes = menage("nombre_enfants_handicapes", period) >= plf.nombre_enfants_handicapes_minimum
        return enfants + handicapes
