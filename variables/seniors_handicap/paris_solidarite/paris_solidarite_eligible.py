"""Paris Solidarité : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Solidarité"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 et titre III 1.1"

    def formula(menage, period):
        return (
            menage("paris_solidarite_condition_public", period)
            * menage("paris_solidarite_condition_residence", period)
            * menage("paris_solidarite_condition_ressources", period)
            * menage("paris_solidarite_condition_hebergement", period)
            * menage("paris_solidarite_condition_montant_minimum", period)
        )
