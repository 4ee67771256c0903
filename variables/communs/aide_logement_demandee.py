"""Le ménage a demandé l'aide au logement (AL ou APL) à la CAF."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class aide_logement_demandee(Variable):
    # Source of the value: accusé de réception or notification of the CAF. Default false; a housing benefit received counts as claimed.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a fait valoir ses droits à l'aide au logement (AL ou APL) auprès de la CAF"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 4 et titre II 2.1 b/5"
    default_value = False
    set_input = set_input_fenetre_repete
