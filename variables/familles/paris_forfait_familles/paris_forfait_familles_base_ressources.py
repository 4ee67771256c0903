"""Revenus déclarés retenus pour Paris Forfait Familles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenus mensuels déclarés du demandeur et de son conjoint retenus pour Paris Forfait Familles (mois précédent)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre IV 1.2",
        "RM2019, titre IV A art. 4 : les ressources des autres occupants ne comptent que pour les aides au logement",
    ]
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("revenus_declares_demandeur_conjoint", period.last_month)
