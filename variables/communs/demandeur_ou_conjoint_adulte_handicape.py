"""Le demandeur ou son conjoint relève des aides aux personnes handicapées."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class demandeur_ou_conjoint_adulte_handicape(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur ou son conjoint est un adulte handicapé au sens du règlement (titre de handicap reconnu)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2"

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("adulte_handicape", period)) > 0
