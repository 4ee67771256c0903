"""Paris Solidarité, variante personnes âgées : allocation différentielle."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage, arrondi_centime


class paris_solidarite_montant_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant mensuel de Paris Solidarité, variante personnes âgées : plafond moins ressources retenues, calculé même hors de ce public"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3-b/4"
    unit = "currency-EUR"

    def formula(menage, period):
        ecart = menage("paris_solidarite_plafond_personnes_agees", period) - menage(
            "paris_solidarite_ressources_retenues_personnes_agees", period
        )
        return arrondi_centime(max_(ecart, 0))
