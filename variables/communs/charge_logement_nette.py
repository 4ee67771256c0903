"""Charge mensuelle nette de logement : loyer et charges, moins l'aide au logement."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage, arrondi_centime


class charge_logement_nette(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Charge mensuelle nette de logement (loyer et charges réelles, moins l'aide au logement)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/4 ; titre IV 2.1 b/2"
    unit = "currency-EUR"

    def formula(menage, period):
        brute = menage("loyer", period) + menage("charges_locatives", period)
        return arrondi_centime(max_(brute - menage("aide_logement", period), 0))
