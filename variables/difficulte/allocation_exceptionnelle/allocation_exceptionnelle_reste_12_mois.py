"""Allocation exceptionnelle : ce qui peut encore être accordé sur douze mois."""

from openfisca_core.model_api import MONTH, Variable, max_, where

from paris_droits.regles import Menage


class allocation_exceptionnelle_reste_12_mois(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle : montant encore disponible, le plafond moins ce qui a été reçu dans les douze mois (le plafond du sinistre n'est pas diminué)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/2"
    unit = "currency-EUR"
    documentation = """
    The disaster cap is "au titre du sinistre": read as its own cap, not reduced by the ordinary
    allocations of the last twelve months (À VÉRIFIER).
    """

    def formula(menage, period):
        plafond = menage("allocation_exceptionnelle_plafond", period)
        reste = max_(plafond - menage("allocation_exceptionnelle_percue_12_mois", period), 0)
        return where(menage("sinistre_logement", period), plafond, reste)
