"""Distribution de repas : valeur monétaire accordée si la demande est faite ce mois-ci (aide en nature : 0 €)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class distribution_repas(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Distribution de repas aux Parisiens en difficulté pour une demande faite ce mois-ci : valeur monétaire (0 €, repas à 0,15 € en restaurant Émeraude, aide en nature)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2"
    unit = "currency-EUR"
    documentation = """
    The aid is a nominative card giving meals in the CASVP's Émeraude restaurants for a symbolic
    0.15 € each (c/2); the number of meals is set by the arrondissement director (c/1) and no source
    gives a meal's cost price, so no monetary worth is invented: the amount is 0 € and the registry
    marks the aid "en_nature" (its precision gives the price per meal).
    """

    def formula(menage, period):
        # No sourced worth: the eligibility is the benefit, the amount stays 0.
        return menage("distribution_repas_eligible", period) * 0
