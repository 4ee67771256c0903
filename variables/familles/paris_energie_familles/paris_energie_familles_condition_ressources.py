"""Paris Énergie Familles : revenus déclarés sous le plafond qui s'applique à la famille."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles : revenus mensuels déclarés inférieurs ou égaux au plafond de la famille"
    reference = "Annexe au règlement municipal, 1er novembre 2019 (plafonds de 2 000 €, 2 500 € et 5 000 €)"

    def formula(menage, period):
        base = menage("paris_energie_familles_base_ressources", period)
        return base <= menage("paris_energie_familles_plafond_ressources", period)
