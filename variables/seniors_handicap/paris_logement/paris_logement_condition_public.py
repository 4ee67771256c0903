"""Paris Logement : personne seule, couple sans enfant ou couple avec un enfant à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : être une personne seule ou un couple, sans enfant ou avec un seul enfant à charge pour un couple"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1 (public)"

    def formula(menage, period):
        type_menage = menage("paris_logement_type_menage", period)
        return type_menage != type_menage.possible_values.hors_public
