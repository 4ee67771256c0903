"""Allocation exceptionnelle : montant maximal accordé si la demande est faite ce mois-ci (aide ponctuelle)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_exceptionnelle(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle pour une demande faite ce mois-ci (montant maximal d'une aide ponctuelle, non renouvelable de façon régulière)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1"
    unit = "currency-EUR"
    documentation = """
    Decided by the arrondissement director for necessary and essential expenses (a/1, c/1): the
    amount is a maximum ("jusqu'à").
    """

    def formula(menage, period):
        return menage("allocation_exceptionnelle_eligible", period) * menage("allocation_exceptionnelle_reste_12_mois", period)
