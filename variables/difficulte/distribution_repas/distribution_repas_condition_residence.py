"""Distribution de repas : résider à Paris depuis au moins six mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class distribution_repas_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Distribution de repas : résider à Paris depuis au moins six mois (dérogation à la règle des 3 ans)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 d/1"

    def formula(menage, period, parameters):
        minimum = parameters(period).difficulte.distribution_repas.duree_residence_minimale
        return menage("reside_a_paris", period) * (menage("anciennete_residence_paris_mois", period) >= minimum)
