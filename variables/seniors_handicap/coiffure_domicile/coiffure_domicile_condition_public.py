"""Coiffure à domicile : le demandeur ou son conjoint est une personne âgée en perte d'autonomie ou un adulte handicapé dépendant."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class coiffure_domicile_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile : le demandeur ou son conjoint est une personne âgée en perte d'autonomie ou un adulte handicapé dépendant"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et 3, titre III A art. 2 et 3",
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.4 et III 4.4, b/1",
    ]

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_perte_autonomie", period)
