"""Revenus déclarés (imposables) d'une personne pour le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, arrondi_centime


class revenus_declares(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus déclarés de la personne pour le mois (ressources imposables, hors prestations sociales)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (« revenus déclarés »)"
    unit = "currency-EUR"

    def formula(individu, period):
        return arrondi_centime(
            individu("salaire_net", period)
            + individu("chomage_net", period)
            + individu("retraite_nette", period)
            + individu("pensions_invalidite", period)
            + individu("pensions_alimentaires_percues", period)
            + individu("autres_revenus", period)
        )
