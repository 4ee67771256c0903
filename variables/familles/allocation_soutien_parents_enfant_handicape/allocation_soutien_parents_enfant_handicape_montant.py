"""ASPEH : montant par enfant handicapé, proratisé pour un enfant accueilli en établissement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class allocation_soutien_parents_enfant_handicape_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant mensuel de l'ASPEH : 153 € par enfant handicapé à charge, au prorata des jours au domicile s'il vit en établissement"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3 d/1 (prorata des jours au domicile)",
        "Annexe au règlement municipal, 1er novembre 2019 (153 € par mois et par enfant)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        par_enfant = parameters(
            period
        ).familles.allocation_soutien_parents_enfant_handicape.montant_par_enfant
        enfants = menage.sum(menage.members("part_enfant_handicape_au_domicile", period))
        return arrondi_centime(par_enfant * enfants)
