"""Ressources du demandeur et de son conjoint retenues pour Paris Solidarité, avant plancher."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles du demandeur et de son conjoint pour Paris Solidarité (mois précédent, avant plancher)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5, titre II 1.1 b/3 et titre III 1.1 b/3"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("ressources_demandeur_conjoint", period.last_month)
