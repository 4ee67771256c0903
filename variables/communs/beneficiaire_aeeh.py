"""L'enfant ouvre droit à l'allocation d'éducation de l'enfant handicapé (AEEH)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class beneficiaire_aeeh(Variable):
    # Source of the value: Notification CAF ou MDPH de l'AEEH.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "L'enfant ouvre droit à l'allocation d'éducation de l'enfant handicapé (AEEH)"
    reference = "Code de la sécurité sociale, art. L541-1 (AEEH)"
    set_input = set_input_fenetre_repete
