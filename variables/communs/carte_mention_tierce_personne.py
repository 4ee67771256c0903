"""La personne a une carte (ou un titre de pension) portant la mention « tierce personne » ou « besoin d'accompagnement »."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class carte_mention_tierce_personne(Variable):
    # Source of the value: carte mobilité inclusion (MDPH) ou titre de pension.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est titulaire d'une carte d'invalidité, d'une carte mobilité inclusion ou d'un titre de pension portant la mention « tierce personne » ou « besoin d'accompagnement »"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 3 et titre III A art. 3 (prestations de soutien à domicile)"
    set_input = set_input_fenetre_repete
