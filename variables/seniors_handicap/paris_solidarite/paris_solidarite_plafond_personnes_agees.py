"""Paris Solidarité, variante personnes âgées : plafond selon la composition du ménage."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_solidarite_plafond_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel de Paris Solidarité pour les personnes âgées (personne seule ou couple)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3 et b/5 ; annexes"
    )
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plafonds = parameters(period).seniors_handicap.paris_solidarite.personnes_agees
        return where(menage("en_couple", period), plafonds.plafond_couple, plafonds.plafond_personne_seule)
