"""Tranche tarifaire à laquelle le quotient familial donne droit."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, tranche_par_bornes_hautes


class restauration_scolaire_tranche_calculee(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Tranche tarifaire de restauration scolaire à laquelle le quotient familial donne droit"
    reference = "Conseil de Paris, délibération de décembre 2014 (grille à 10 tranches, rentrée 2015)"
    documentation = """
    A QF up to and including a tranche's upper bound belongs to that tranche (234 → 1, 234.01 → 2).
    This is the tranche the family is entitled to, whether or not it filed its QF.
    """

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        return tranche_par_bornes_hautes(grille, menage("restauration_scolaire_quotient_familial", period))
