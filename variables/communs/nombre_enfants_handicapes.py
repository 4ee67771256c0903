"""Nombre d'enfants à charge handicapés (AEEH ou AAH)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class nombre_enfants_handicapes(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre d'enfants à charge ouvrant droit à l'AEEH ou à l'AAH"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 8 (enfant handicapé)"
    unit = "child"

    def formula(menage, period):
        handicape = menage.members("beneficiaire_aeeh", period) + (menage.members("aah", period) > 0)
        return menage.sum(menage.members("enfant_a_charge", period) * handicape)
