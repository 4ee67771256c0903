"""Paris Pass Familles : valeur monétaire de la carte accordée si la demande est faite ce mois-ci (aucune valeur sourcée : 0 €)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_pass_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Pass Familles accordé pour une demande faite ce mois-ci : valeur monétaire mensuelle de la carte (0 €, aucune valeur sourcée)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.1"
    unit = "currency-EUR"
    documentation = """
    The card gives the parents and the children listed on it preferential tariffs in some municipal
    facilities (IV 1.1 a/2; e.g. the next lower QF tranche for Vacances Arc-en-Ciel, caisse des écoles
    du 11e, 2024). No source gives a monetary worth, so none is invented: the amount is 0 € and the
    registry marks the aid "en_nature" (evaluer reports an eligible household as "éligible", amount
    "en nature"; totals count it 0). Free card, valid one year from issue (IV 1.1 b/2, b/3).
    """

    def formula(menage, period):
        # No sourced worth: the eligibility is the benefit, the amount stays 0.
        return menage("paris_pass_familles_eligible", period) * 0
