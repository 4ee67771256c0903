"""Distribution de repas : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class distribution_repas_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de la distribution de repas aux Parisiens en difficulté"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2"

    def formula(menage, period):
        return (
            menage("distribution_repas_condition_situation", period)
            * menage("distribution_repas_condition_ressources", period)
            * menage("distribution_repas_condition_residence", period)
        )
