"""Quotient familial imprimé sur l'attestation CAF, quand la famille en présente une."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class quotient_familial_caf(Variable):
    # Source of the value: attestation de paiement CAF de moins de 3 mois.
    # Absent = NaN (not 0: a QF of 0 € is a real value for a family without income).
    value_type = float
    default_value = float("nan")
    entity = Menage
    definition_period = MONTH
    label = "Quotient familial mensuel figurant sur l'attestation CAF (absent si non fourni)"
    reference = "Caisse des écoles du 14e : « attestation de paiement CAF (moins de 3 mois) sur laquelle figure le QF »"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
