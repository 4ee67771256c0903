"""Aide aux personnes sans domicile fixe : le plafond cumulé sur douze mois n'est pas atteint."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_sans_domicile_fixe_condition_plafond_12_mois(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe : l'aide déjà reçue sur douze mois est inférieure au plafond"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 b/2 ; annexe du 1er novembre 2019 (2 830 €)"

    def formula(menage, period, parameters):
        plafond = parameters(period).difficulte.aide_sans_domicile_fixe.plafond_12_mois
        return menage("aide_sans_domicile_fixe_percue_12_mois", period) < plafond
