"""Pass Paris Seniors : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_seniors_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions du Pass Paris Seniors"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 3.1"

    def formula(menage, period):
        return (
            menage("pass_paris_seniors_condition_public", period)
            * menage("pass_paris_seniors_condition_residence", period)
            * menage("pass_paris_seniors_condition_impot", period)
        )
