"""Paris Logement : montant accordé si la demande est faite ce mois-ci, après la règle de non-cumul."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement accordé pour une demande faite ce mois-ci (montant mensuel, après la règle de non-cumul)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1",
        "RM2019 II 2.1 c/4 (non-cumul avec Paris Logement Familles et Paris Logement Familles Monoparentales)",
    ]
    unit = "currency-EUR"

    def formula(menage, period):
        retenue = menage("aide_logement_ville_retenue", period)
        choisie = retenue == retenue.possible_values.paris_logement
        return where(choisie, menage("paris_logement_droit", period), 0)
