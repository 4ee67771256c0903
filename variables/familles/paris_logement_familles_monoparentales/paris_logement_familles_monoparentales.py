"""Paris Logement Familles Monoparentales : montant accordé si la demande est faite ce mois-ci, après la règle de non-cumul."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles Monoparentales accordé pour une demande faite ce mois-ci (montant mensuel, après la règle de non-cumul)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2",
        "RM2019 IV 2.2 d/3 (non-cumul avec Paris Logement et PLF) et IV 2.2 d/2 (option pour PLF)",
    ]
    unit = "currency-EUR"

    def formula(menage, period):
        retenue = menage("aide_logement_ville_retenue", period)
        choisie = retenue == retenue.possible_values.paris_logement_familles_monoparentales
        return where(choisie, menage("paris_logement_familles_monoparentales_droit", period), 0)
