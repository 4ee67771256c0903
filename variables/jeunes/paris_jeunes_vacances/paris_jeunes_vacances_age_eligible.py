"""Paris Jeunes Vacances : la personne a entre 16 et 30 ans inclus."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class paris_jeunes_vacances_age_eligible(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Paris Jeunes Vacances : la personne a de 16 à 30 ans inclus au premier jour du mois"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes : âge ≥ 16 et ≤ 30)"

    def formula(individu, period, parameters):
        bornes = parameters(period).jeunes.paris_jeunes_vacances
        age = individu("age", period)
        return (age >= bornes.age_minimum) * (age <= bornes.age_maximum)
