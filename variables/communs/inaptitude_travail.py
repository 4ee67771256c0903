"""La personne perçoit une pension de vieillesse attribuée pour inaptitude au travail."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class inaptitude_travail(Variable):
    # Source of the value: notification de la caisse de retraite (retraite pour inaptitude).
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne perçoit une pension de vieillesse attribuée au titre de l'inaptitude au travail"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 (60 ans en cas d'inaptitude)"
    set_input = set_input_fenetre_repete
