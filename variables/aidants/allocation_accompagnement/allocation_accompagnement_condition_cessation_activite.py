"""Allocation d'accompagnement : un membre du ménage a cessé totalement et volontairement son activité."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_condition_cessation_activite(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation d'accompagnement : un membre du ménage a cessé totalement et volontairement son "
        "activité professionnelle pour accompagner un proche"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1"

    def formula(menage, period):
        return menage.any(menage.members("cessation_activite_accompagnement", period))
