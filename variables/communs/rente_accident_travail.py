"""La personne perçoit une rente d'accident du travail."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class rente_accident_travail(Variable):
    # Source of the value: notification de la caisse (CPAM).
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne perçoit une rente d'accident du travail"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1 et titre III 3.3 c/1"
    set_input = set_input_fenetre_repete
