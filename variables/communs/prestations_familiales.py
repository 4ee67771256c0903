"""Prestations familiales CAF perçues dans le mois (allocations familiales, complément familial, ASF, AEEH, PAJE…)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class prestations_familiales(Variable):
    # Source of the value: Attestation de paiement CAF.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Prestations familiales CAF perçues dans le mois (allocations familiales, complément familial, ASF, AEEH, PAJE…)"
    reference = "Code de la sécurité sociale, art. L511-1 (prestations familiales)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
