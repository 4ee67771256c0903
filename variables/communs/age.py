"""Âge en années révolues au premier jour du mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, age_au, set_input_fenetre_repete


class age(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Âge en années révolues au premier jour du mois"
    reference = "Code civil, art. 57 (date de naissance) ; l'âge se compte au premier jour du mois de la demande"
    unit = "year"
    # An age given for the month of the request also holds for the month before (resource window).
    set_input = set_input_fenetre_repete

    def formula(individu, period):
        # Computed from the date of birth unless the age is given as an input.
        return age_au(individu("date_naissance", period), period.start)
