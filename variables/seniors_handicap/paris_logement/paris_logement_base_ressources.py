"""Paris Logement : ressources de toutes les personnes vivant au foyer (mois précédent)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : ressources mensuelles de toutes les personnes vivant au foyer, hors aides au logement (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 ; titre II 2.1 b/2 et b/3 ; titre IV A art. 4"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("ressources_foyer", period.last_month)
