"""Le logement du ménage est à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class reside_a_paris(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le logement du ménage est à Paris"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 1 (domicile à Paris)"

    def formula(menage, period):
        return menage("arrondissement", period) > 0
