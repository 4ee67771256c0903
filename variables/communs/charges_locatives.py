"""Charges locatives mensuelles réelles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class charges_locatives(Variable):
    # Source of the value: Quittance de loyer (provisions sur charges).
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Charges locatives mensuelles réelles"
    reference = "Loi 89-462 du 6 juillet 1989, art. 23 (charges récupérables)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
