"""Paris Énergie Familles : montant selon la taille de la famille."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_energie_familles_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant de Paris Énergie Familles selon la famille (versé une fois par période de 12 mois au fournisseur d'énergie)"
    reference = "Annexe au règlement municipal, 1er novembre 2019 : 138 € (1 ou 2 enfants), 275 € (3 enfants et plus ou enfant handicapé)"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        pef = parameters(period).familles.paris_energie_familles
        return where(menage("paris_energie_familles_majoration", period), pef.montant_majore, pef.montant)
