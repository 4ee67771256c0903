"""Restaurants Émeraude : valeur monétaire accordée si la demande est faite ce mois-ci (service en nature : 0 €)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restaurants_emeraude(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Accès aux restaurants Émeraude pour une demande faite ce mois-ci : valeur monétaire (0 €, repas à prix réduit selon la tranche d'imposition)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 3.4 et III 3.3"
    unit = "currency-EUR"
    documentation = """
    Access to the CASVP's restaurants, meals priced by income-tax band (annex, tranches A to E),
    given as the aid's precisions; granted for 12 months at the first request and first renewal,
    then 24. No source gives a meal's cost price, so no worth is invented: the amount is 0 € and the
    registry marks the aid "en_nature".
    """

    def formula(menage, period):
        # In-kind service: the eligibility is the benefit, the amount stays 0.
        return menage("restaurants_emeraude_eligible", period) * 0
