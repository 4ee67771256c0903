"""Aide aux personnes sans domicile fixe : le demandeur est majeur."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_du_role


class aide_sans_domicile_fixe_condition_majeur(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe : le demandeur est majeur"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 b/1"

    def formula(menage, period, parameters):
        majorite = parameters(period).communs.enfant_a_charge.age_limite_mineur
        majeur = menage.members("age", period) >= majorite
        return somme_du_role(menage, majeur, Menage.PERSONNE_DE_REFERENCE) > 0
