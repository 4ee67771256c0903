"""FAJP : la personne a de 18 à 25 ans et est accompagnée dans un projet d'insertion."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class fonds_aide_jeunes_parisiens_beneficiaire(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens : la personne a de 18 à 25 ans, est en difficulté et accompagnée par la Mission locale ou un travailleur social"
    reference = "Code de l'action sociale et des familles, art. L263-15 ; Fonds d'aide aux jeunes Parisiens"

    def formula(individu, period):
        return individu("fonds_aide_jeunes_parisiens_age_eligible", period) * individu("suivi_mission_locale_ou_travailleur_social", period)
