"""Le ménage vit en colocation."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class colocation(Variable):
    # Source of the value: bail de colocation or the household's statement. Default false.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage partage son logement en colocation (chaque colocataire peut demander Paris Logement pour lui-même)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 d/5 ; forfait charges de colocation des aides au logement"
    default_value = False
    set_input = set_input_fenetre_repete
