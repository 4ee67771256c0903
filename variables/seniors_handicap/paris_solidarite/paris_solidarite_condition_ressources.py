"""Paris Solidarité : ressources retenues inférieures au plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Solidarité : ressources mensuelles retenues (au moins l'ASPA ou l'AAH) inférieures au plafond"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3-b/4 et titre III 1.1 b/3-b/4"

    def formula(menage, period):
        return menage("paris_solidarite_ressources_retenues", period) < menage(
            "paris_solidarite_plafond_ressources", period
        )
