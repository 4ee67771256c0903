"""FAJP : au moins un jeune de 18 à 25 ans dans le ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_condition_age(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens : au moins un membre du ménage a de 18 à 25 ans inclus"
    reference = "Code de l'action sociale et des familles, art. L263-15 (jeunes de 18 à 25 ans) ; Fonds d'aide aux jeunes Parisiens"

    def formula(menage, period):
        return menage.any(menage.members("fonds_aide_jeunes_parisiens_age_eligible", period))
