"""Paris Logement : le demandeur ou son conjoint est âgé ou handicapé (RM2019 titres II et III)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_senior_ou_handicape(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : le demandeur ou son conjoint est une personne âgée ou un adulte handicapé (titres II et III)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2, titre III A art. 2, II 2.1 et III 2.1"

    def formula(menage, period):
        return menage("demandeur_ou_conjoint_personne_agee", period) + menage("demandeur_ou_conjoint_adulte_handicape", period)
