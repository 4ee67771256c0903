"""Paris Solidarité : le montant calculé atteint le minimum versé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_condition_montant_minimum(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité : le montant mensuel calculé est d'au moins 2 € (versée à partir de 2 €)"
    reference = "Annexe au règlement municipal, 1er novembre 2019, articles II 1.1 d/2 et III 1.1 d/2 (montant minimal de 2 €)"

    def formula(menage, period, parameters):
        minimum = parameters(period).seniors_handicap.paris_solidarite.montant_minimum
        return menage("paris_solidarite_montant", period) >= minimum
