"""Distribution de repas : le demandeur ou son conjoint est dans l'une des situations du règlement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class distribution_repas_condition_situation(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Distribution de repas : le demandeur ou son conjoint est demandeur d'emploi, handicapé sans AAH ou en arrêt de travail indemnisé depuis six mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1"

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("distribution_repas_situation", period)) > 0
