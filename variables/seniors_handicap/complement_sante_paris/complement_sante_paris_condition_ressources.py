"""Complément Santé Paris : ressources sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class complement_sante_paris_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Complément Santé Paris : ressources mensuelles retenues (demandeur et conjoint pour les personnes âgées, demandeur handicapé seul pour les personnes handicapées) inférieures ou égales au plafond"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/3 et titre III 1.2 b/3"
    )
    documentation = """
    Both sides are rounded to the cent before comparing: a float32 sum of several incomes landing
    exactly on the ceiling (774.08 + 500 + 511.92 = 1 786) could exceed it by 0.0001 and wrongly
    refuse a household at the ceiling, which is included.
    """

    def formula(menage, period):
        ressources = arrondi_centime(menage("complement_sante_paris_base_ressources", period))
        return ressources <= arrondi_centime(menage("complement_sante_paris_plafond_ressources", period))
