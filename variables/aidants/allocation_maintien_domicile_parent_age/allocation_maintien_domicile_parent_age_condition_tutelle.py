"""Allocation de maintien à domicile d'un parent âgé : le demandeur n'est pas sous tutelle."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage, un_du_role


class allocation_maintien_domicile_parent_age_condition_tutelle(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation de maintien à domicile d'un parent âgé : le demandeur n'est pas placé sous tutelle"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"

    def formula(menage, period):
        demandeur_sous_tutelle = un_du_role(menage, menage.members("sous_tutelle", period), Menage.PERSONNE_DE_REFERENCE)
        return not_(demandeur_sous_tutelle)
