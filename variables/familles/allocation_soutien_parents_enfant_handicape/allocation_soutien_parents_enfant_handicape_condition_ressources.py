"""ASPEH : revenus déclarés sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_soutien_parents_enfant_handicape_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "ASPEH : revenus mensuels déclarés inférieurs ou égaux au plafond"
    reference = "Annexe au règlement municipal, 1er novembre 2019 (plafond de 5 000 €)"

    def formula(menage, period, parameters):
        plafond = parameters(period).familles.allocation_soutien_parents_enfant_handicape.plafond_ressources
        return menage("allocation_soutien_parents_enfant_handicape_base_ressources", period) <= plafond
