"""Facture mensuelle de cantine du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class restauration_scolaire_cout_mensuel(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Facture mensuelle de restauration scolaire du ménage, tous élèves confondus"
    reference = "Caisses des écoles de Paris : facturation au repas, au tarif de la tranche du foyer"
    unit = "currency-EUR"

    def formula(menage, period):
        repas = menage.sum(menage.members("repas_cantine_par_mois", period))
        return arrondi_centime(repas * menage("restauration_scolaire_tarif_repas", period))
