"""Charges mensuelles de copropriété, hors gros travaux."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class charges_copropriete(Variable):
    # Source of the value: appels de charges of the syndic, per month, excluding major works (gros travaux).
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Charges mensuelles de copropriété payées par le propriétaire ou l'accédant, hors gros travaux"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/2 (charges de logement des propriétaires)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
