"""La personne, en difficulté, est accompagnée par la Mission locale ou un travailleur social."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class suivi_mission_locale_ou_travailleur_social(Variable):
    # Source of the value: attestation de la Mission locale de Paris ou du travailleur social qui instruit la
    # demande (projet d'insertion). False by default.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "La personne est en difficulté et accompagnée par la Mission locale ou un travailleur social "
        "dans un projet d'insertion sociale ou professionnelle"
    )
    reference = "Code de l'action sociale et des familles, art. L263-15 (jeunes en difficulté) ; Mission locale de Paris, FAJP"
    set_input = set_input_fenetre_repete
