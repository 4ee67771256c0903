"""Aide à l'amélioration de l'habitat : le ménage relève de la forme des personnes âgées ou handicapées."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_forme_personnes_agees_handicapees(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : le demandeur ou son conjoint est une personne âgée ou un adulte handicapé (titres II et III)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et II 2.2",
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et III 2.2",
    ]

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_personne_agee", period) + menage("demandeur_ou_conjoint_adulte_handicape", period)
