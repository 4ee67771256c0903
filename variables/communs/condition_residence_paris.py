"""Condition générale de résidence : Paris, au moins 3 ans sur les 5 dernières années."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class condition_residence_paris(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage réside à Paris depuis au moins 3 ans au cours des 5 dernières années"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2"

    def formula(menage, period, parameters):
        residence = parameters(period).communs.residence
        anciennete = menage("anciennete_residence_paris", period)
        return menage("reside_a_paris", period) * (anciennete >= residence.duree_minimale)
