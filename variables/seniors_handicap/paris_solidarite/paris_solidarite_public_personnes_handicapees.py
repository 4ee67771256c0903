"""Paris Solidarité : le ménage relève de la variante « personnes handicapées »."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_public_personnes_handicapees(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité : le ménage relève de la variante personnes handicapées (titre III)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et titre III 1.1"
    )

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_adulte_handicape", period)
