"""Coiffure à domicile : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class coiffure_domicile_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de la prestation « coiffure à domicile »"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.4 et III 4.4"

    def formula(menage, period):
        return (
            menage("coiffure_domicile_condition_public", period)
            * menage("coiffure_domicile_condition_residence", period)
            * menage("coiffure_domicile_condition_domicile", period)
        )
