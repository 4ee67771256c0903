"""Revenus déclarés du demandeur et de son conjoint (aides aux familles hors aides au logement)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime, somme_demandeur_conjoint


class revenus_declares_demandeur_conjoint(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Revenus déclarés du demandeur et de son conjoint pour le mois (sans les autres personnes du foyer)"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (« revenus déclarés »)",
        "RM2019, titre IV A art. 4 : ressources du demandeur ou du couple ; celles des autres occupants "
        "ne comptent que pour Paris Logement Familles, Paris Logement Familles Monoparentales et Paris Logement",
    ]
    unit = "currency-EUR"

    def formula(menage, period):
        return arrondi_centime(somme_demandeur_conjoint(menage, menage.members("revenus_declares", period)))
