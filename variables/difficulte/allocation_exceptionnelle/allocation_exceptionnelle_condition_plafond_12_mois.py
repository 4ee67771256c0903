"""Allocation exceptionnelle : le plafond cumulé sur douze mois n'est pas atteint."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_exceptionnelle_condition_plafond_12_mois(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle : le plafond cumulé sur douze mois n'est pas encore atteint"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/2"

    def formula(menage, period):
        return menage("allocation_exceptionnelle_reste_12_mois", period) > 0
