"""Cantine : le quotient familial donne droit à un tarif inférieur au tarif le plus élevé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restauration_scolaire_condition_quotient_familial(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le quotient familial du ménage le place sous la tranche tarifaire la plus élevée"
    reference = "Conseil de Paris, délibération de décembre 2014 (grille à 10 tranches, rentrée 2015)"

    def formula(menage, period):
        tranche = menage("restauration_scolaire_tranche_calculee", period)
        return tranche < menage("restauration_scolaire_nombre_tranches", period)
