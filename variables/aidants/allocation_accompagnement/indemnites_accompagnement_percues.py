"""Autres indemnités perçues pour le même accompagnement (AJPA, AJPP…), par mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class indemnites_accompagnement_percues(Variable):
    # Source of the value: notifications de la CAF ou de la MSA (allocation journalière d'accompagnement
    # d'une personne en fin de vie, AJPA ; allocation journalière de présence parentale, AJPP), montant du mois.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Indemnités perçues dans le mois pour le même accompagnement (allocation journalière "
        "d'accompagnement d'une personne en fin de vie, allocation journalière de présence parentale…)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/4"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
