"""Complément Santé Paris : plafond de la variante retenue."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class complement_sante_paris_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel du Complément Santé Paris de la variante retenue (personnes âgées si aucune)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/3-b/4 et titre III 1.2 b/3-b/4"
    unit = "currency-EUR"

    def formula(menage, period):
        variante = menage("complement_sante_paris_variante", period)
        handicap = variante == variante.possible_values.personnes_handicapees
        return where(
            handicap,
            menage("complement_sante_paris_plafond_personnes_handicapees", period),
            menage("complement_sante_paris_plafond_personnes_agees", period),
        )
