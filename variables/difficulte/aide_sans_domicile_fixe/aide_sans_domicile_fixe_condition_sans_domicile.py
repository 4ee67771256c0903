"""Aide aux personnes sans domicile fixe : le demandeur est sans domicile."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_sans_domicile_fixe_condition_sans_domicile(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe : le demandeur est sans domicile fixe"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 a/1"

    def formula(menage, period):
        statut = menage("statut_occupation_logement", period)
        return statut == statut.possible_values.sans_domicile
