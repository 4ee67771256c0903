"""Paris Forfait Familles : montant selon la tranche de revenus."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_forfait_familles_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant de Paris Forfait Familles selon les revenus (versé une fois par période de 12 mois)"
    reference = "Annexe au règlement municipal, 1er novembre 2019 : 305 € jusqu'à 3 000 €, 200 € jusqu'à 5 000 €"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        pff = parameters(period).familles.paris_forfait_familles
        majore = menage("paris_forfait_familles_base_ressources", period) <= pff.plafond_ressources_montant_majore
        return where(majore, pff.montant_majore, pff.montant)
