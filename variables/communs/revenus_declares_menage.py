"""Revenus déclarés de toutes les personnes du ménage pour le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class revenus_declares_menage(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenus déclarés de l'ensemble des personnes du ménage pour le mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 4 (ressources du foyer)"
    unit = "currency-EUR"

    def formula(menage, period):
        return arrondi_centime(menage.sum(menage.members("revenus_declares", period)))
