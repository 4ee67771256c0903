"""Téléalarme : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class telealarme_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de la prestation « téléalarme »"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.1 et III 4.1"

    def formula(menage, period):
        return (
            menage("telealarme_condition_public", period)
            * menage("telealarme_condition_residence", period)
            * menage("telealarme_condition_domicile", period)
        )
