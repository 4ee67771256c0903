"""Paris Forfait Familles : revenus déclarés sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Forfait Familles : revenus mensuels déclarés inférieurs ou égaux au plafond"
    reference = "Annexe au règlement municipal, 1er novembre 2019 (plafond de 5 000 €)"

    def formula(menage, period, parameters):
        plafond = parameters(period).familles.paris_forfait_familles.plafond_ressources
        return menage("paris_forfait_familles_base_ressources", period) <= plafond
