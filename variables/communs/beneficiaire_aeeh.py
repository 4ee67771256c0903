"""L'enfant ouvre droit à l'allocation d'éducation de l'enfant handicapé (AEEH)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from paris_droits.entities import Individu


class beneficiaire_aeeh(Variable):
    # Source of the value: Notification CAF ou MDPH de l'AEEH.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "L'enfant ouvre droit à l'allocation d'éducation de l'enfant handicapé (AEEH)"
    reference = "Code de la sécurité sociale, art. L541-1 (AEEH)"
    set_input = set_input_dispatch_by_period
