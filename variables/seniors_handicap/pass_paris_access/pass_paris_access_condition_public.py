"""Pass Paris Access' : le demandeur ou son conjoint relève du public de l'aide."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_access_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Access' : le demandeur ou son conjoint est un adulte handicapé (titre de handicap reconnu)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et titre III 3.1"
    )

    def formula(menage, period):
        return menage("pass_paris_access_nombre_beneficiaires", period) > 0
