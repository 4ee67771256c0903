"""Paris Logement Familles Monoparentales : parent vivant seul avec au moins un enfant à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales_condition_parent_isole(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles Monoparentales : vivre seul (sans conjoint) avec au moins un enfant à charge"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2 (parent seul) et titre IV A art. 6 à 8"

    def formula(menage, period):
        return menage("parent_isole", period)
