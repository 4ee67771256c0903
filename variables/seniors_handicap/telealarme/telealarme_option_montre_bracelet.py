"""Téléalarme : prix de l'option montre bracelet selon la tranche d'imposition du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche


class telealarme_option_montre_bracelet(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Téléalarme : prix de l'option montre bracelet selon la tranche d'imposition du ménage"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.1 et III 4.1"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.telealarme.option_montre_bracelet
        return montant_de_la_tranche(grille, menage("tranche_imposition_casvp", period))
