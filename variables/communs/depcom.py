"""Code INSEE de la commune (ou de l'arrondissement parisien) du logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class depcom(Variable):
    # Source of the value: Justificatif de domicile. Paris : codes 75101 à 75120.
    value_type = str
    max_length = 5
    entity = Menage
    definition_period = MONTH
    label = "Code INSEE de la commune (ou de l'arrondissement parisien) du logement"
    reference = "Code officiel géographique de l'INSEE (Paris : 75101 à 75120)"
    set_input = set_input_fenetre_repete
