"""Paris Logement Familles Monoparentales : revenus déclarés sous le plafond de 1 600 €."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles Monoparentales : revenus mensuels déclarés du foyer inférieurs ou égaux au plafond"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2",
        "Annexe au règlement municipal, 1er novembre 2019 (plafond de 1 600 €)",
    ]

    def formula(menage, period, parameters):
        plafond = parameters(period).familles.paris_logement_familles_monoparentales.plafond_ressources
        return menage("paris_logement_familles_monoparentales_base_ressources", period) <= plafond
