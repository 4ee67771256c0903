"""Surcoût mensuel payé faute de dossier de quotient familial."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime, montant_de_la_tranche


class restauration_scolaire_surcout_sans_dossier(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Surcoût mensuel de cantine payé faute de dossier de quotient familial (non-recours au tarif réduit)"
    reference = "Caisse des écoles du 15e, règlement 2022-2023 : dossier incomplet facturé au prix le plus élevé"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        repas = menage.sum(menage.members("repas_cantine_par_mois", period))
        tarif_du = montant_de_la_tranche(grille, menage("restauration_scolaire_tranche_calculee", period))
        return arrondi_centime(menage("restauration_scolaire_cout_mensuel", period) - repas * tarif_du)
