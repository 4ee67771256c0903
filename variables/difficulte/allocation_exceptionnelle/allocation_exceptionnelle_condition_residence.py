"""Allocation exceptionnelle : domicilié à Paris depuis au moins un mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_exceptionnelle_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle : être domicilié à Paris depuis au moins un mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/1"

    def formula(menage, period, parameters):
        minimum = parameters(period).difficulte.allocation_exceptionnelle.duree_domicile_minimale
        return menage("reside_a_paris", period) * (menage("anciennete_residence_paris_mois", period) >= minimum)
