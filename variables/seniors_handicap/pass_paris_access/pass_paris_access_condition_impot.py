"""Pass Paris Access' : impôt sur le revenu sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_access_condition_impot(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Access' : impôt sur le revenu soumis au barème du foyer inférieur ou égal au plafond (2 028 €, 2 430 € en renouvellement)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 3.1 ; paris.fr 13/06/2019 (« inférieur ou égal à »)"

    def formula(menage, period):
        return menage("pass_paris_access_base_ressources", period) <= menage(
            "pass_paris_access_plafond_ressources", period
        )
