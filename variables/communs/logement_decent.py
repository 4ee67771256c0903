"""Le logement respecte les normes de décence et d'occupation."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class logement_decent(Variable):
    # Source of the value: household's statement or social worker's finding. Default true: most Paris dwellings are decent; set it false when a finding says otherwise.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le logement répond aux normes de décence et d'occupation (condition de substitution à l'aide au logement)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/5 et titre IV 2.1 b/4 ; décret 2002-120 du 30 janvier 2002 (logement décent)"
    default_value = True
    set_input = set_input_fenetre_repete
