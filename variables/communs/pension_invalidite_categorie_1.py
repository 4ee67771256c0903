"""La personne perçoit une pension d'invalidité de 1re catégorie du régime général."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class pension_invalidite_categorie_1(Variable):
    # Source of the value: notification de la CPAM.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne perçoit une pension d'invalidité de 1re catégorie du régime général de la Sécurité sociale"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1 et titre III 3.3 c/1"
    set_input = set_input_fenetre_repete
