"""Le demandeur ou son conjoint relève des aides aux personnes âgées."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class demandeur_ou_conjoint_personne_agee(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur ou son conjoint a au moins 65 ans (60 ans en cas d'inaptitude au travail)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2"

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("personne_agee", period)) > 0
