"""La personne poursuit des études (inscrite dans un établissement d'enseignement)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class etudiant(Variable):
    # Source of the value: Certificat de scolarité.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne poursuit des études (inscrite dans un établissement d'enseignement)"
    reference = "Code général des impôts, art. 6-3 (rattachement des étudiants de moins de 25 ans)"
    set_input = set_input_fenetre_repete
