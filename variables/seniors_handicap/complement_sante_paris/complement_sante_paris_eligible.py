"""Complément Santé Paris : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions du Complément Santé Paris"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 et titre III 1.2"

    def formula(menage, period):
        return (
            menage("complement_sante_paris_condition_public", period)
            * menage("complement_sante_paris_condition_residence", period)
            * menage("complement_sante_paris_condition_cotisation", period)
            * menage("complement_sante_paris_condition_css", period)
            * menage("complement_sante_paris_condition_ressources", period)
        )
