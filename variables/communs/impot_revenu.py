"""Impôt sur le revenu soumis au barème du dernier avis d'imposition (montant annuel)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class impot_revenu(Variable):
    # Source of the value: Avis d'imposition, ligne « impôt sur le revenu soumis au barème ». Montant annuel, recopié à chaque mois.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Impôt sur le revenu soumis au barème du dernier avis d'imposition (montant annuel)"
    reference = "Code général des impôts, art. 193 et 194 (quotient familial fiscal, barème)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
