"""Restaurants Émeraude : le demandeur ou son conjoint est une personne âgée ou un adulte handicapé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restaurants_emeraude_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Restaurants Émeraude : le demandeur ou son conjoint a 65 ans (60 ans en cas d'inaptitude au travail) ou est un adulte handicapé"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et II 3.4 a/1",
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et III 3.3 a/1",
    ]
    documentation = """
    The derogations granted within the places available (retired people of 60 to 64, II 3.4 c/1)
    and the symbolic price of III 3.3 c/1 (disabled people without AAH) are not modelled.
    """

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_personne_agee", period) + menage("demandeur_ou_conjoint_adulte_handicape", period)
