"""Ressources de toutes les personnes vivant au foyer."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class ressources_foyer(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles de toutes les personnes vivant au foyer, hors aides au logement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 4 et 5 ; titre II 2.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return arrondi_centime(menage.sum(menage.members("ressources_personnelles", period)) + menage("rsa", period))
