"""Participation financière annuelle restant due au titre de la Complémentaire santé solidaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class participation_css_annuelle(Variable):
    # Source of the value: attestation CSS / échéancier de l'organisme complémentaire (participation
    # financière annuelle du foyer). Yearly amount, repeated on each month like impot_revenu.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Participation financière annuelle due par le foyer au titre de la Complémentaire santé solidaire (montant annuel)"
    reference = "Code de la sécurité sociale, art. L861-1 et D861-3 (participation financière à la CSS)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
