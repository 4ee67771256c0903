"""FAJP : la personne a entre 18 et 25 ans inclus."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class fonds_aide_jeunes_parisiens_age_eligible(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens : la personne a de 18 à 25 ans inclus au premier jour du mois"
    reference = "Code de l'action sociale et des familles, art. L263-15 (jeunes de 18 à 25 ans) ; Fonds d'aide aux jeunes Parisiens"

    def formula(individu, period, parameters):
        bornes = parameters(period).jeunes.fonds_aide_jeunes_parisiens
        age = individu("age", period)
        return (age >= bornes.age_minimum) * (age <= bornes.age_maximum)
