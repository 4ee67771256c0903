"""Restaurants Émeraude : habiter Paris (sans durée minimale, dans la limite des places)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restaurants_emeraude_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Restaurants Émeraude : habiter Paris ; sans les 3 ans de résidence, l'accès reste possible dans la limite des places disponibles"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 1",
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 3.4 c/4 et III 3.3 c/4 (moins de 3 ans de résidence : dans la limite des places)",
    ]

    def formula(menage, period):
        return menage("reside_a_paris", period)
