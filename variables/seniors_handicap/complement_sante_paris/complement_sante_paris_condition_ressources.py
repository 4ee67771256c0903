"""Complément Santé Paris : ressources sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.entities import Menage


class complement_sante_paris_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Complément Santé Paris : ressources mensuelles du demandeur et de son conjoint inférieures ou égales au plafond"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/4 et titre III 1.2 b/3"
    )

    def formula(menage, period):
        return menage("complement_sante_paris_base_ressources", period) <= menage(
            "complement_sante_paris_plafond_ressources", period
        )
