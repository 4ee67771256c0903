"""Paris Solidarité, variante personnes handicapées : allocation différentielle."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage, arrondi_centime


class paris_solidarite_montant_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant mensuel de Paris Solidarité, variante personnes handicapées : plafond moins ressources retenues, calculé même hors de ce public"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.1 b/3-b/4"
    unit = "currency-EUR"

    def formula(menage, period):
        ecart = menage("paris_solidarite_plafond_personnes_handicapees", period) - menage(
            "paris_solidarite_ressources_retenues_personnes_handicapees", period
        )
        return arrondi_centime(max_(ecart, 0))
