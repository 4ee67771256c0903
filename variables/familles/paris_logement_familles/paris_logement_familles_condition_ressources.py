"""Paris Logement Familles : revenus déclarés sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles : revenus mensuels déclarés du foyer inférieurs ou égaux au plafond"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 (plafonds de revenus)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]

    def formula(menage, period):
        base = menage("paris_logement_familles_base_ressources", period)
        return base <= menage("paris_logement_familles_plafond_ressources", period)
