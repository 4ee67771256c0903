"""Pass Paris Access' : condition générale de résidence."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_access_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Access' : résider à Paris depuis au moins 3 ans au cours des 5 dernières années"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 1 et 2",
        "paris.fr, « Aides aux transports » (Pass Paris Seniors : habiter Paris depuis au moins 3 ans sur les 5 dernières années)",
    ]
    documentation = """
    General rule of the règlement, confirmed for the Pass Paris Seniors by paris.fr. The waiver for
    suburban holders of an Améthyste pass expired for less than 6 months (paris.fr) is not modelled.
    """

    def formula(menage, period):
        return menage("condition_residence_paris", period)
