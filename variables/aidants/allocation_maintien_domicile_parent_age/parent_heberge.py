"""La personne est un parent du demandeur qu'il héberge (ascendant, ascendant du conjoint décédé ou collatéral)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class parent_heberge(Variable):
    # Source of the value: livret de famille ou acte établissant le lien de parenté ; justificatif de
    # cohabitation. Declared on the hosted person, who has the role « autres » in the household.
    # True by default: an older person of the « autres » role is most often a hosted parent; set it
    # to false for a flatmate or another relative.
    value_type = bool
    default_value = True
    entity = Individu
    definition_period = MONTH
    label = (
        "La personne est un parent hébergé par le demandeur : ascendant du demandeur, ascendant de son "
        "conjoint décédé, ou parent collatéral jusqu'au 4e degré, vivant à son foyer"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"
    set_input = set_input_fenetre_repete
