"""Revenus déclarés retenus pour l'ASPEH."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_soutien_parents_enfant_handicape_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenus mensuels déclarés du demandeur ou du couple retenus pour l'ASPEH (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5, titre IV A art. 4 et titre IV 1.3"
    unit = "currency-EUR"

    def formula(menage, period):
        # IV A art. 4: the other occupants' resources count only for the housing aids, not for the ASPEH.
        return menage("revenus_declares_demandeur_conjoint", period.last_month)
