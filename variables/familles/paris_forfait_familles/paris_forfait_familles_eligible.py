"""Paris Forfait Familles : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Forfait Familles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.2"

    def formula(menage, period):
        return (
            menage("paris_forfait_familles_condition_residence", period)
            * menage("paris_forfait_familles_condition_enfants", period)
            * menage("paris_forfait_familles_condition_ressources", period)
        )
