"""Le ménage fait face à des difficultés financières temporaires pour des dépenses nécessaires et essentielles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class difficultes_financieres_temporaires(Variable):
    # Source of the value: évaluation du travailleur social (factures, devis). False by default.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage doit faire face à des difficultés financières temporaires pour régler des dépenses nécessaires et essentielles"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 a/1"
    set_input = set_input_fenetre_repete
