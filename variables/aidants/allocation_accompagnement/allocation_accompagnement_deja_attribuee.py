"""Une allocation d'accompagnement a déjà été attribuée au ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class allocation_accompagnement_deja_attribuee(Variable):
    # Source of the value: dossier du ménage à la Maison des Solidarités (décisions d'attribution antérieures).
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Une allocation d'accompagnement a déjà été attribuée au ménage (en cours ou terminée)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/6"
    set_input = set_input_fenetre_repete
