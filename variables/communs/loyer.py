"""Loyer principal mensuel, hors charges."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class loyer(Variable):
    # Source of the value: Quittance de loyer ou bail.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Loyer principal mensuel, hors charges"
    reference = "Loi 89-462 du 6 juillet 1989, art. 7 (loyer)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
