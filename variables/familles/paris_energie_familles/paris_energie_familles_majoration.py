"""Paris Énergie Familles : famille de trois enfants ou plus, ou ayant un enfant handicapé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles_majoration(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles : la famille a au moins trois enfants à charge ou un enfant handicapé (plafond et montant majorés)"
    reference = "Annexe au règlement municipal, 1er novembre 2019 (« 3 enfants et plus ou enfant handicapé »)"

    def formula(menage, period, parameters):
        seuil = parameters(period).familles.paris_energie_familles.nombre_enfants_majoration
        nombreuse = menage("nombre_enfants_a_charge", period) >= seuil
        return nombreuse + (menage("nombre_enfants_handicapes", period) > 0)
