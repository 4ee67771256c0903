"""Paris Logement : être locataire et titulaire du bail."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_condition_titulaire_bail(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : être locataire de son logement et titulaire du bail"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1 (locataire titulaire du bail)"

    def formula(menage, period):
        return menage("locataire", period) * menage("titulaire_bail", period)
