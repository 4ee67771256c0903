"""Aide aux personnes sans domicile fixe : sans domicile fixe à Paris depuis au moins un mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_sans_domicile_fixe_condition_duree(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe : être sans domicile fixe à Paris depuis au moins un mois (aide en espèces)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 b/1"

    def formula(menage, period, parameters):
        minimum = parameters(period).difficulte.aide_sans_domicile_fixe.duree_minimale_sans_domicile
        return menage("duree_sans_domicile_paris_mois", period) >= minimum
