"""Allocation de maintien à domicile d'un parent âgé : impôt sur le revenu du demandeur sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_condition_impot(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Allocation de maintien à domicile d'un parent âgé : impôt sur le revenu annuel du demandeur inférieur ou égal au plafond"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre IV 2.5 ; annexe du 1er novembre 2019"

    def formula(menage, period, parameters):
        plafond = parameters(period).aidants.allocation_maintien_domicile_parent_age.plafond_impot_revenu
        return menage("impot_revenu", period) <= plafond
