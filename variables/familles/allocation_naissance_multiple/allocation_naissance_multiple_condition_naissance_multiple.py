"""Allocation pour naissance ou adoption multiple : jumeaux ou plus, nés ensemble ou adoptés par un même jugement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_naissance_multiple_condition_naissance_multiple(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation pour naissance ou adoption multiple : avoir au moins deux enfants nés le même jour ou adoptés par un même jugement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4"

    def formula(menage, period, parameters):
        minimum = parameters(period).familles.allocation_naissance_multiple.nombre_enfants_minimum
        return menage("allocation_naissance_multiple_nombre_enfants", period) >= minimum
