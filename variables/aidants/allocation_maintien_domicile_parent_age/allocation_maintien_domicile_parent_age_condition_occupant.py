"""Allocation de maintien à domicile d'un parent âgé : le demandeur ou le parent est occupant en titre."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_condition_occupant(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation de maintien à domicile d'un parent âgé : le demandeur ou le parent âgé est occupant en titre du logement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"

    def formula(menage, period):
        return menage("occupant_en_titre", period)
