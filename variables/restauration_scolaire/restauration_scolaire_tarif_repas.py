"""Tarif d'un repas de cantine pour le ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class restauration_scolaire_tarif_repas(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Tarif d'un repas de restauration scolaire facturé au ménage"
    reference = "Mairie du 20e, 8 février 2023 : les dix tarifs de 0,13 € à 7 € par repas"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        return montant_de_la_tranche(grille, menage("restauration_scolaire_tranche", period))
