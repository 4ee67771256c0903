"""Complément Santé Paris : montant annuel, limité au reste à payer en cas de CSS avec participation."""

from openfisca_core.model_api import MONTH, Variable, max_, min_, where

from paris_droits.regles import Menage


class complement_sante_paris_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant annuel du Complément Santé Paris : 468 €, limités à la participation restant due en cas de Complémentaire santé solidaire"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 1.2 et III 1.2 (a/2, b/5, b/6) ; annexe du 1er novembre 2019"
    unit = "currency-EUR"
    documentation = """
    468 EUR a year. With the Complémentaire santé solidaire with participation (ex-ACS), the aid is
    paid to the insurer within what is left for the member to pay: min(468, annual participation).
    Without CSS the full 468 EUR (no cap by the premium is documented). openfisca-paris encoded the
    former ACS rule as max(468 - ACS, 0). Transposition to the CSS: À VÉRIFIER.
    """

    def formula(menage, period, parameters):
        montant = parameters(period).seniors_handicap.complement_sante_paris.montant
        css = menage("complementaire_sante_solidaire", period)
        reste_a_payer = max_(menage("participation_css_annuelle", period), 0)
        return where(css == css.possible_values.avec_participation, min_(montant, reste_a_payer), montant)
