"""Allocation pour naissance ou adoption multiple : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_naissance_multiple_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'allocation pour naissance ou adoption multiple"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4 (aucune condition de ressources)"

    def formula(menage, period):
        return (
            menage("allocation_naissance_multiple_condition_residence", period)
            * menage("allocation_naissance_multiple_condition_naissance_multiple", period)
            * menage("allocation_naissance_multiple_condition_delai", period)
        )
