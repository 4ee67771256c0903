"""Allocation de maintien à domicile d'un parent âgé : ressources du parent âgé le plus modeste."""

import numpy
from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, minimum_du_groupe


class allocation_maintien_domicile_parent_age_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation de maintien à domicile d'un parent âgé : ressources personnelles mensuelles du parent "
        "âgé hébergé le plus modeste (mois précédent ; 0 sans parent âgé hébergé)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre IV 2.5"
    unit = "currency-EUR"
    documentation = """
    Each elderly parent's own resources are compared with the ceiling. The household figure is the
    lowest among the parents aged 75 or more, so the condition holds when at least one of them is
    under the ceiling; it is 0 (condition vacuously met) when no elderly parent is hosted, which
    the age condition reports on its own.
    """

    def formula(menage, period):
        membres = menage.members
        parent_age = membres("parent_age_heberge", period)
        ressources = membres("ressources_personnelles", period.last_month)
        plus_modeste = minimum_du_groupe(menage, where(parent_age, ressources, numpy.inf))
        return where(menage.any(parent_age), plus_modeste, 0)
