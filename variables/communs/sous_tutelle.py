"""La personne est placée sous tutelle."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class sous_tutelle(Variable):
    # Source of the value: jugement de mise sous tutelle (juge des contentieux de la protection).
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est placée sous tutelle (mesure de protection juridique)"
    reference = "Code civil, art. 440 (tutelle des majeurs)"
    set_input = set_input_fenetre_repete
