"""Allocation d'accompagnement : un proche en soins palliatifs ou un enfant mineur gravement malade."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_condition_proche(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation d'accompagnement : accompagner un proche en soins palliatifs, ou un enfant mineur à "
        "charge gravement malade ou hospitalisé"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1"

    def formula(menage, period):
        return menage("proche_en_soins_palliatifs", period) + menage("allocation_accompagnement_enfant_mineur_malade", period)
