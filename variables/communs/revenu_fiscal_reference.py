"""Revenu fiscal de référence du dernier avis d'imposition (montant annuel)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class revenu_fiscal_reference(Variable):
    # Source of the value: Avis d'imposition ou de non-imposition (revenus N-2). Montant annuel, recopié à chaque mois.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Revenu fiscal de référence du dernier avis d'imposition (montant annuel)"
    reference = "Code général des impôts, art. 1417 IV (revenu fiscal de référence)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
