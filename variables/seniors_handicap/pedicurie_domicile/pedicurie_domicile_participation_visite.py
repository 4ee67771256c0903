"""Pédicurie à domicile : participation par visite selon la tranche d'imposition du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class pedicurie_domicile_participation_visite(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Pédicurie à domicile : participation par visite selon la tranche d'imposition du ménage"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.2 et III 4.2"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.pedicurie_domicile.participation_visite
        return montant_de_la_tranche(grille, menage("tranche_imposition_casvp", period))
