"""Pass Paris Access' : plafond d'impôt sur le revenu, première demande ou renouvellement."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class pass_paris_access_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond d'impôt sur le revenu du Pass Paris Access' : 2 028 € en première demande, 2 430 € en renouvellement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 3.1 ; annexe du 1er novembre 2019"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plafonds = parameters(period).seniors_handicap.pass_paris_access
        renouvellement = menage("pass_paris_access_renouvellement", period)
        return where(
            renouvellement, plafonds.plafond_impot_renouvellement, plafonds.plafond_impot_premiere_demande
        )
