"""La personne est un parent âgé de 75 ans ou plus hébergé par le demandeur."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, Menage, a_le_role


class parent_age_heberge(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est un parent hébergé par le demandeur (rôle « autres » du ménage) âgé de 75 ans ou plus"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"

    def formula(individu, period, parameters):
        age_minimum = parameters(period).aidants.allocation_maintien_domicile_parent_age.age_minimum
        heberge = a_le_role(individu, Menage.AUTRE) * individu("parent_heberge", period)
        return heberge * (individu("age", period) >= age_minimum)
