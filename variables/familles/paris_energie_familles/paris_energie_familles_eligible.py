"""Paris Énergie Familles : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_energie_familles_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Énergie Familles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4"

    def formula(menage, period):
        return (
            menage("paris_energie_familles_condition_residence", period)
            * menage("paris_energie_familles_condition_enfants", period)
            * menage("paris_energie_familles_condition_ressources", period)
            * menage("paris_energie_familles_condition_factures_energie", period)
            * menage("paris_energie_familles_condition_absence_autre_aide_energie", period)
        )
