"""Cantine : valeur mensuelle du tarif réduit auquel le ménage a droit."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime, montant_de_la_tranche, nombre_de_tranches


class restauration_scolaire_tarif_reduit(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Économie mensuelle de cantine due au tarif réduit, par rapport au tarif le plus élevé"
    reference = [
        "Conseil de Paris, délibération de décembre 2014 (grille à 10 tranches, rentrée 2015)",
        "Caisse des écoles du 15e, règlement 2022-2023 : sans dossier, facturation au prix le plus élevé",
    ]
    unit = "currency-EUR"
    documentation = """
    What the family saves each month by filing its QF file: meals × (top tariff − tariff of its
    own tranche). A family that does not file pays the top tariff: that gap is the canteen's
    non-recourse.
    """

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        repas = menage.sum(menage.members("repas_cantine_par_mois", period))
        tarif_haut = montant_de_la_tranche(grille, nombre_de_tranches(grille))
        tarif_du = montant_de_la_tranche(grille, menage("restauration_scolaire_tranche_calculee", period))
        eligible = menage("restauration_scolaire_eligible", period)
        return arrondi_centime(eligible * repas * (tarif_haut - tarif_du))
