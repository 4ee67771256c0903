"""Restaurants Émeraude : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restaurants_emeraude_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions d'accès aux restaurants Émeraude"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 3.4 et III 3.3"

    def formula(menage, period):
        return menage("restaurants_emeraude_condition_public", period) * menage("restaurants_emeraude_condition_residence", period)
