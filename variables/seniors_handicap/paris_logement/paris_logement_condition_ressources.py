"""Paris Logement : ressources du foyer sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class paris_logement_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : ressources mensuelles du foyer inférieures ou égales au plafond"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/2, III 2.1 b/2 et V 3.1 b/2 ; titre IV 2.3 (couple avec un enfant)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]
    documentation = """
    Both sides are rounded to the cent before comparing: a float32 sum of several incomes landing
    exactly on the ceiling (624.13 + 399.95 + 375.92 = 1 400) could exceed it by 0.0001 and
    wrongly refuse a household at the ceiling, which is included.
    """

    def formula(menage, period):
        ressources = arrondi_centime(menage("paris_logement_base_ressources", period))
        return ressources <= arrondi_centime(menage("paris_logement_plafond_ressources", period))
