"""Allocation de maintien à domicile d'un parent âgé : âge du parent hébergé le plus âgé."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, a_le_role, maximum_du_groupe


class allocation_maintien_domicile_parent_age_age_parent(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Allocation de maintien à domicile d'un parent âgé : âge du parent hébergé le plus âgé (0 sans parent hébergé)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"
    unit = "year"

    def formula(menage, period):
        membres = menage.members
        heberge = a_le_role(membres, Menage.AUTRE) * membres("parent_heberge", period)
        return maximum_du_groupe(menage, where(heberge, membres("age", period), 0))

