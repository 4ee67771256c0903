"""Allocation exceptionnelle : difficultés financières temporaires ou sinistre."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_exceptionnelle_condition_difficultes(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle : faire face à des difficultés financières temporaires, ou à un sinistre"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 a/1 et b/2"

    def formula(menage, period):
        return menage("difficultes_financieres_temporaires", period) + menage("sinistre_logement", period)
