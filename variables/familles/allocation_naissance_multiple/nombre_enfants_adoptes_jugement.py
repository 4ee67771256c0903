"""Nombre d'enfants adoptés par le dernier jugement d'adoption."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class nombre_enfants_adoptes_jugement(Variable):
    # Source of the value: the adoption judgment (jugement d'adoption). Default 0: no adoption.
    value_type = int
    default_value = 0
    entity = Menage
    definition_period = MONTH
    label = "Nombre d'enfants adoptés par le dernier jugement d'adoption prononcé pour le ménage"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4 (adoption multiple)"
    )
    unit = "child"
    set_input = set_input_fenetre_repete
