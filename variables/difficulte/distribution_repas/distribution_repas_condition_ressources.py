"""Distribution de repas : ressources du foyer sous le plafond."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class distribution_repas_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Distribution de repas : ressources mensuelles inférieures ou égales au plafond (ASPA d'une personne seule arrondie, + 20 % par personne supplémentaire)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/2 ; annexe du 1er novembre 2019"
    documentation = """
    Both sides are compared rounded to the cent in float64 (float32 sums would miss an exact match
    on the ceiling).
    """

    def formula(menage, period):
        ressources = arrondi_centime(menage("distribution_repas_base_ressources", period))
        return ressources <= arrondi_centime(menage("distribution_repas_plafond_ressources", period))
