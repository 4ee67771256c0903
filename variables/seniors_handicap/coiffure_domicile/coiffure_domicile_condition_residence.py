"""Coiffure à domicile : condition générale de résidence."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class coiffure_domicile_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile : résider à Paris depuis au moins 3 ans au cours des 5 dernières années"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 1 et 2"

    def formula(menage, period):
        return menage("condition_residence_paris", period)
