"""Mensualités de remboursement du prêt d'accession à la propriété."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_divise


class mensualites_pret_logement(Variable):
    # Source of the value: tableau d'amortissement of the home loan.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Mensualité de remboursement du prêt contracté pour acquérir la résidence principale (accédant à la propriété)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/2 (charges de logement des accédants)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
