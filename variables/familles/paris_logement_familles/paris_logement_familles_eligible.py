"""Paris Logement Familles : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Logement Familles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1"

    def formula(menage, period):
        return (
            menage("paris_logement_familles_condition_enfants", period)
            * menage("paris_logement_familles_condition_residence", period)
            * menage("paris_logement_familles_condition_ressources", period)
            * menage("paris_logement_familles_condition_charge_logement", period)
            * menage("paris_logement_familles_condition_aide_logement", period)
            * menage("paris_logement_familles_condition_impayes", period)
        )
