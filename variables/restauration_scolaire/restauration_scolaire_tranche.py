"""Tranche tarifaire facturée."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, nombre_de_tranches


class restauration_scolaire_tranche(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Tranche tarifaire de restauration scolaire facturée (la plus haute sans dossier de QF)"
    reference = [
        "Conseil de Paris, délibération de décembre 2014 (grille à 10 tranches, rentrée 2015)",
        "Caisse des écoles du 18e, rentrée 2024-2025 : sans dossier, facturation au tarif le plus élevé, sans rétroactivité",
    ]

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        depose = menage("restauration_scolaire_qf_depose", period)
        return where(depose, menage("restauration_scolaire_tranche_calculee", period), nombre_de_tranches(grille))
