"""Complément Santé Paris : ressources retenues selon la variante (couple pour les personnes âgées, demandeur seul pour les personnes handicapées)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class complement_sante_paris_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Ressources mensuelles retenues pour le Complément Santé Paris (mois précédent) : demandeur et conjoint "
        "(personnes âgées), demandeur handicapé seul (personnes handicapées)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5, titre II 1.2 b/3 et titre III 1.2 b/3"
    unit = "currency-EUR"

    def formula(menage, period):
        variante = menage("complement_sante_paris_variante", period)
        handicap = variante == variante.possible_values.personnes_handicapees
        return where(
            handicap,
            menage("complement_sante_paris_ressources_personnes_handicapees", period),
            menage("complement_sante_paris_ressources_personnes_agees", period),
        )
