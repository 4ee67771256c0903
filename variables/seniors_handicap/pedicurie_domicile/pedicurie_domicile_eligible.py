"""Pédicurie à domicile : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pedicurie_domicile_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de la prestation « pédicurie à domicile »"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.2 et III 4.2"

    def formula(menage, period):
        return (
            menage("pedicurie_domicile_condition_public", period)
            * menage("pedicurie_domicile_condition_residence", period)
            * menage("pedicurie_domicile_condition_domicile", period)
        )
