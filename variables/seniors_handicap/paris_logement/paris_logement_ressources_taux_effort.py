"""Paris Logement : ressources retenues au dénominateur du taux d'effort."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage


class paris_logement_ressources_taux_effort(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : ressources du foyer retenues pour le taux d'effort (au moins le plancher du minimum vieillesse quand il s'applique)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3, III 2.1 b/3, IV 2.3 b/3 et V 3.1 b/3"
    unit = "currency-EUR"

    def formula(menage, period):
        return max_(menage("paris_logement_base_ressources", period), menage("paris_logement_plancher_ressources", period))
