"""Téléalarme : participation annuelle à l'abonnement selon la tranche d'imposition du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class telealarme_participation_abonnement(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Téléalarme : participation annuelle à l'abonnement selon la tranche d'imposition du ménage"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.1 et III 4.1"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.telealarme.participation_abonnement
        return montant_de_la_tranche(grille, menage("tranche_imposition_casvp", period))
