"""Ressources du demandeur et de son conjoint retenues pour le Complément Santé Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles du demandeur et de son conjoint pour le Complément Santé Paris (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5, titre II 1.2 b/4 et titre III 1.2 b/3"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("ressources_demandeur_conjoint", period.last_month)
