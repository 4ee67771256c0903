"""Coiffure à domicile : valeur monétaire accordée si la demande est faite ce mois-ci (service en nature : 0 €)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class coiffure_domicile(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile pour une demande faite ce mois-ci : valeur monétaire (0 €, service en nature du CASVP ; la participation demandée dépend de la tranche d'imposition)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.4 et III 4.4"
    unit = "currency-EUR"
    documentation = """
    An in-kind service of the CASVP granted for up to 48 months, renewable; the beneficiary pays a
    participation set by income-tax band (annex, tranches A to E), given as the aid's precisions.
    No source gives the service's cost price, so its worth is not invented: the amount is 0 € and
    the registry marks the aid "en_nature".
    """

    def formula(menage, period):
        # In-kind service: the eligibility is the benefit, the amount stays 0.
        return menage("coiffure_domicile_eligible", period) * 0
