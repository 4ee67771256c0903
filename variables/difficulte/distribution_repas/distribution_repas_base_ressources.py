"""Distribution de repas : ressources mensuelles du foyer retenues."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class distribution_repas_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Ressources mensuelles de toutes les personnes du foyer retenues pour la distribution de repas (mois précédent)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (ressources exclues) et titre V 1.2 b/2",
        "Annexe au règlement municipal, 1er novembre 2019, V 1.2 (majoration par personne supplémentaire)",
    ]
    unit = "currency-EUR"
    documentation = """
    The règlement says "ressources mensuelles du demandeur"; the annex raises the ceiling by 20 % per
    extra person, which only makes sense if those persons' resources count: all persons of the home
    are counted (ressources_foyer, RSA included, housing and family benefits excluded). À VÉRIFIER.
    """

    def formula(menage, period):
        return menage("ressources_foyer", period.last_month)
