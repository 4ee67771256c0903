"""Cantine : le ménage a droit à un tarif réduit."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restauration_scolaire_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a droit à un tarif de cantine réduit (sous la tranche la plus élevée)"
    reference = "Conseil de Paris, délibération de décembre 2014 (grille à 10 tranches, rentrée 2015)"

    def formula(menage, period):
        return menage("restauration_scolaire_condition_eleve", period) * menage(
            "restauration_scolaire_condition_quotient_familial", period
        )
