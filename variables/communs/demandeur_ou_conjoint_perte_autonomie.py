"""Le demandeur ou son conjoint relève des prestations de soutien à domicile."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class demandeur_ou_conjoint_perte_autonomie(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur ou son conjoint est une personne âgée en perte d'autonomie ou un adulte handicapé dépendant"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 3 et titre III A art. 3",
    ]

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("perte_autonomie_soutien_domicile", period)) > 0
