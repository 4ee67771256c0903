"""Paris Logement : taux d'effort d'au moins 30 %."""

import numpy
from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import CENTIMES, Menage, arrondi_centime

# Decimals of the threshold "minimum rate × resources": resources in cents times a rate given
# to the hundredth at most.
DECIMALES_SEUIL = CENTIMES + CENTIMES


class paris_logement_condition_taux_effort(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : avoir un taux d'effort pour le logement d'au moins 30 %"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3, III 2.1 b/3, IV 2.3 b/3 et V 3.1 b/3"
    documentation = """
    "At least 30 %" is tested as: housing expense >= 30 % of the resources (resources under 1 EUR
    count as 1 EUR, as in paris_logement_taux_effort), on amounts rounded to the cent and in
    float64. Comparing the float32 ratio instead wrongly refused households exactly at 30 %
    (e.g. 310.29 / 1 034.30 gave 0.29999998).
    """

    def formula(menage, period, parameters):
        minimum = parameters(period).seniors_handicap.paris_logement.taux_effort_minimum
        depense = arrondi_centime(menage("paris_logement_loyer_residuel", period))
        ressources = max_(arrondi_centime(menage("paris_logement_ressources_taux_effort", period)), 1)
        return depense >= numpy.round(minimum * ressources, DECIMALES_SEUIL)
