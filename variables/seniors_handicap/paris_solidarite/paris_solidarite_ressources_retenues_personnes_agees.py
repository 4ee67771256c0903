"""Paris Solidarité, variante personnes âgées : ressources après application du plancher."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage


class paris_solidarite_ressources_retenues_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles retenues pour Paris Solidarité, variante personnes âgées (au moins le plancher)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3-b/4"
    unit = "currency-EUR"

    def formula(menage, period):
        return max_(
            menage("paris_solidarite_base_ressources", period),
            menage("paris_solidarite_plancher_personnes_agees", period),
        )
