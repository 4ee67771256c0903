"""Aide aux personnes sans domicile fixe : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_sans_domicile_fixe_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'aide en espèces aux personnes sans domicile fixe"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1"

    def formula(menage, period):
        return (
            menage("aide_sans_domicile_fixe_condition_sans_domicile", period)
            * menage("aide_sans_domicile_fixe_condition_majeur", period)
            * menage("aide_sans_domicile_fixe_condition_duree", period)
            * menage("aide_sans_domicile_fixe_condition_plafond_12_mois", period)
        )
