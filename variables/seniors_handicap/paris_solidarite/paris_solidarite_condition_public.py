"""Paris Solidarité : le demandeur ou son conjoint est une personne âgée ou un adulte handicapé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité : le demandeur ou son conjoint a 65 ans (60 ans si inapte au travail) ou est un adulte handicapé"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et titre III A art. 2"

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_personne_agee", period) + menage(
            "demandeur_ou_conjoint_adulte_handicape", period
        )
