"""Allocation d'accompagnement : un enfant mineur à charge est gravement malade ou hospitalisé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_enfant_mineur_malade(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation d'accompagnement : un enfant mineur à charge du ménage est en soins palliatifs, "
        "gravement malade ou hospitalisé et nécessite la présence d'un parent"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1",
        "RM2019, titre IV A art. 6 (enfant à charge)",
    ]

    def formula(menage, period, parameters):
        majorite = parameters(period).communs.enfant_a_charge.age_limite_mineur
        mineur_malade = (
            menage.members("enfant_a_charge", period)
            * (menage.members("age", period) < majorite)
            * menage.members("gravement_malade_ou_hospitalise", period)
        )
        return menage.any(mineur_malade)
