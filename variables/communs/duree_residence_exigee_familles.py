"""Durée de résidence à Paris exigée pour les aides aux familles."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class duree_residence_exigee_familles(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Durée de résidence à Paris exigée pour les aides aux familles (3 ans sur 5 ; 1 an en cas de mutation imposée)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2 et titre IV A art. 5"
    unit = "year"

    def formula(menage, period, parameters):
        residence = parameters(period).communs.residence
        mutation = menage("mutation_professionnelle_imposee", period)
        return where(mutation, residence.duree_minimale_mutation, residence.duree_minimale)
