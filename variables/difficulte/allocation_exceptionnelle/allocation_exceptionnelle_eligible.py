"""Allocation exceptionnelle : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_exceptionnelle_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'allocation exceptionnelle"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1"

    def formula(menage, period):
        return (
            menage("allocation_exceptionnelle_condition_difficultes", period)
            * menage("allocation_exceptionnelle_condition_residence", period)
            * menage("allocation_exceptionnelle_condition_plafond_12_mois", period)
        )
