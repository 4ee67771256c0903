"""La personne de référence élève seule au moins un enfant à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class parent_isole(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "La personne de référence vit sans conjoint avec au moins un enfant à charge"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2 (parent seul)"

    def formula(menage, period):
        return ~menage("en_couple", period) * (menage("nombre_enfants_a_charge", period) > 0)
