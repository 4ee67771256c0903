"""Complément Santé Paris, personnes âgées : ressources du demandeur et de son conjoint (II 1.2 b/3)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_ressources_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Complément Santé Paris, variante personnes âgées : ressources mensuelles du demandeur et de son conjoint (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre II 1.2 b/3 (« toutes les ressources du demandeur, et, le cas échéant de son conjoint »)"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("ressources_demandeur_conjoint", period.last_month)
