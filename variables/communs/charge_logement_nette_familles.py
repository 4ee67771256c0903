"""Charge mensuelle nette de logement des aides au logement des familles (RM2019 titre IV 2.1 b/2)."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage, arrondi_centime


class charge_logement_nette_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Charge mensuelle nette de logement des familles (charge de logement acquittée, moins l'aide au logement)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/2 et IV 2.2 b/2 (plafonnement à la charge nette)"
    unit = "currency-EUR"

    def formula(menage, period):
        return arrondi_centime(max_(menage("charge_logement_familles", period) - menage("aide_logement", period), 0))
