"""Revenu de solidarité active perçu dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class rsa(Variable):
    # Source of the value: Attestation de paiement CAF.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenu de solidarité active perçu dans le mois"
    reference = "Code de l'action sociale et des familles, art. L262-2 (RSA)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
