"""Un proche du demandeur est en soins palliatifs."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class proche_en_soins_palliatifs(Variable):
    # Source of the value: certificat médical (soins palliatifs) et justificatif du lien de parenté.
    # The relative may live outside the household, hence a household-level input.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Un proche du demandeur (ascendant, descendant, conjoint, ascendant ou descendant du conjoint, "
        "frère ou sœur) est en soins palliatifs"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1"
    set_input = set_input_fenetre_repete
