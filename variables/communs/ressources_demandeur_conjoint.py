"""Ressources du demandeur et de son conjoint (aides aux personnes âgées et handicapées)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime, somme_demandeur_conjoint


class ressources_demandeur_conjoint(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles du demandeur et de son conjoint, RSA du foyer compris"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 ; titres II et III, chap. 1"
    unit = "currency-EUR"

    def formula(menage, period):
        personnelles = somme_demandeur_conjoint(menage, menage.members("ressources_personnelles", period))
        return arrondi_centime(personnelles + menage("rsa", period))
