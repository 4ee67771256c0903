"""Paris Solidarité : montant de la variante retenue."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.entities import Menage


class paris_solidarite_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Montant mensuel de Paris Solidarité selon la variante retenue (plafond moins ressources retenues)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3-b/5 et titre III 1.1 b/3-b/5"
    unit = "currency-EUR"

    def formula(menage, period):
        variante = menage("paris_solidarite_variante", period)
        handicap = variante == variante.possible_values.personnes_handicapees
        return where(
            handicap,
            menage("paris_solidarite_montant_personnes_handicapees", period),
            menage("paris_solidarite_montant_personnes_agees", period),
        )
