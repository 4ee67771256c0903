"""La personne relève des aides aux personnes âgées (65 ans, ou 60 ans en cas d'inaptitude)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class personne_agee(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a au moins 65 ans, ou au moins 60 ans avec une pension pour inaptitude au travail"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2"

    def formula(individu, period, parameters):
        seuils = parameters(period).communs.personnes_agees
        age = individu("age", period)
        inapte = individu("inaptitude_travail", period)
        return (age >= seuils.age_minimum) + inapte * (age >= seuils.age_minimum_inaptitude)
