"""FAJP : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Au moins un jeune du ménage remplit toutes les conditions du Fonds d'aide aux jeunes Parisiens"
    reference = "Code de l'action sociale et des familles, art. L263-15 ; Fonds d'aide aux jeunes Parisiens"

    def formula(menage, period):
        return (
            menage("fonds_aide_jeunes_parisiens_condition_residence", period)
            * menage("fonds_aide_jeunes_parisiens_condition_age", period)
            * menage("fonds_aide_jeunes_parisiens_condition_accompagnement", period)
            * menage("fonds_aide_jeunes_parisiens_condition_plafond_trois_ans", period)
        )
