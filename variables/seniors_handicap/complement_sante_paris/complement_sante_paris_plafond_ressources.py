"""Complément Santé Paris : plafond applicable au ménage."""

from openfisca_core.model_api import MONTH, Variable, max_, where

from paris_droits.regles import Menage


class complement_sante_paris_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel du Complément Santé Paris retenu : le plus favorable des titres dont relève le ménage (personnes âgées si aucun)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/4 et titre III 1.2 b/3"
    )
    unit = "currency-EUR"

    def formula(menage, period):
        agees = menage("demandeur_ou_conjoint_personne_agee", period)
        handicap = menage("demandeur_ou_conjoint_adulte_handicape", period)
        plafond_agees = menage("complement_sante_paris_plafond_personnes_agees", period)
        plafond_handicap = menage("complement_sante_paris_plafond_personnes_handicapees", period)
        return where(
            handicap, where(agees, max_(plafond_agees, plafond_handicap), plafond_handicap), plafond_agees
        )
