"""La personne perçoit une pension d'invalidité de 3e catégorie du régime général."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class pension_invalidite_categorie_3(Variable):
    # Source of the value: notification de la CPAM.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne perçoit une pension d'invalidité de 3e catégorie du régime général (besoin d'une tierce personne)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 3 (prestations de soutien à domicile des personnes handicapées)"
    set_input = set_input_fenetre_repete
