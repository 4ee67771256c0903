"""Restaurants Émeraude : prix du déjeuner selon la tranche d'imposition du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class restaurants_emeraude_prix_dejeuner(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Restaurants Émeraude : prix du déjeuner selon la tranche d'imposition du ménage"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 3.4 et III 3.3"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.restaurants_emeraude.prix_dejeuner
        return montant_de_la_tranche(grille, menage("restaurants_emeraude_tranche", period))
