"""Aide au logement (AL ou APL) perçue dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class aide_logement(Variable):
    # Source of the value: Attestation de paiement CAF. Prestation nationale déclarée, jamais recalculée ici.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide au logement (AL ou APL) perçue dans le mois"
    reference = "Code de la construction et de l'habitation, art. L821-1 (aides personnelles au logement)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
