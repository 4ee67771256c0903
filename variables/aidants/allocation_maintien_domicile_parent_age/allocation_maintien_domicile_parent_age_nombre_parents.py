"""Allocation de maintien à domicile d'un parent âgé : nombre de parents âgés ouvrant droit."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_nombre_parents(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation de maintien à domicile d'un parent âgé : nombre de parents hébergés de 75 ans ou plus "
        "dont les ressources sont inférieures ou égales au plafond"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"
    unit = "person"

    def formula(menage, period, parameters):
        plafond = parameters(period).aidants.allocation_maintien_domicile_parent_age.plafond_ressources_parent
        membres = menage.members
        sous_plafond = membres("ressources_personnelles", period.last_month) <= plafond
        return menage.sum(membres("parent_age_heberge", period) * sous_plafond)
