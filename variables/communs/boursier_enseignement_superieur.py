"""L'étudiant reçoit une bourse sur critères sociaux de l'enseignement supérieur (CROUS)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class boursier_enseignement_superieur(Variable):
    # Source of the value: Notification de bourse du CROUS.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "L'étudiant reçoit une bourse sur critères sociaux de l'enseignement supérieur (CROUS)"
    reference = "Code de l'éducation, art. L821-1 (bourses sur critères sociaux)"
    set_input = set_input_fenetre_repete
