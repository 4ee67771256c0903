"""Nombre d'enfants à charge du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class nombre_enfants_a_charge(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre d'enfants à charge du ménage"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6"
    unit = "child"

    def formula(menage, period):
        return menage.sum(menage.members("enfant_a_charge", period))
