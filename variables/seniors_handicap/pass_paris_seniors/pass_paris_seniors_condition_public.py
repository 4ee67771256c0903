"""Pass Paris Seniors : le demandeur ou son conjoint relève du public de l'aide."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_seniors_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Seniors : le demandeur ou son conjoint a 65 ans (60 ans si inapte au travail)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et titre II 3.1"
    )

    def formula(menage, period):
        return menage("pass_paris_seniors_nombre_beneficiaires", period) > 0
