"""Paris Énergie Familles : pas d'autre aide préventive à l'énergie dans les 12 derniers mois."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class paris_energie_familles_condition_absence_autre_aide_energie(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Énergie Familles : ne pas avoir reçu, dans les 12 derniers mois, une autre aide préventive "
        "à l'énergie de la Ville ou du Département"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4 c/4"

    def formula(menage, period):
        return not_(menage("aide_energie_preventive_recente", period))
