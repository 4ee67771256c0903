"""Paris Forfait Familles : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_forfait_familles_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Forfait Familles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.2 (même rédaction en 2016 et 2018)"
    documentation = """
    IV 1.2 sets two conditions only (besides the general residence rule): at least three dependent
    children (a/1) and declared monthly income under the annex ceiling (b/1). openfisca-paris also
    requires a housing charge (paris_logement_a_charge); that condition is not in IV 1.2 (nor in the
    2016 and 2018 versions) and is deliberately not added here (legal audit, peer error P2).
    """

    def formula(menage, period):
        return (
            menage("paris_forfait_familles_condition_residence", period)
            * menage("paris_forfait_familles_condition_enfants", period)
            * menage("paris_forfait_familles_condition_ressources", period)
        )
