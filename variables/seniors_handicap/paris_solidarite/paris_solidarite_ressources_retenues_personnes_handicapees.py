"""Paris Solidarité, variante personnes handicapées : ressources après application du plancher."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage


class paris_solidarite_ressources_retenues_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles retenues pour Paris Solidarité, variante personnes handicapées (au moins le plancher)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.1 b/3-b/4"
    unit = "currency-EUR"

    def formula(menage, period):
        return max_(
            menage("paris_solidarite_base_ressources", period),
            menage("paris_solidarite_plancher_personnes_handicapees", period),
        )
