"""ASPEH : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_soutien_parents_enfant_handicape_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Le ménage remplit toutes les conditions de l'allocation de soutien aux parents d'enfants handicapés"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3"

    def formula(menage, period):
        return (
            menage("allocation_soutien_parents_enfant_handicape_condition_residence", period)
            * menage("allocation_soutien_parents_enfant_handicape_condition_enfant_handicape", period)
            * menage("allocation_soutien_parents_enfant_handicape_condition_ressources", period)
        )
