"""Paris Solidarité, variante personnes handicapées : plafond selon la composition du ménage."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_solidarite_plafond_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel de Paris Solidarité pour les personnes handicapées (personne seule ou couple)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.1 b/3 et b/5 ; annexes"
    )
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plafonds = parameters(period).seniors_handicap.paris_solidarite.personnes_handicapees
        return where(menage("en_couple", period), plafonds.plafond_couple, plafonds.plafond_personne_seule)
