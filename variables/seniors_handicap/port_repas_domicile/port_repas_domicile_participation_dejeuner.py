"""Port de repas à domicile : participation pour un déjeuner selon la tranche d'imposition du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class port_repas_domicile_participation_dejeuner(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Port de repas à domicile : participation pour un déjeuner selon la tranche d'imposition du ménage"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.3 et III 4.3"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.port_repas_domicile.participation_dejeuner
        return montant_de_la_tranche(grille, menage("port_repas_domicile_tranche", period))
