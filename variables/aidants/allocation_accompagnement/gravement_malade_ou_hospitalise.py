"""L'enfant est gravement malade ou hospitalisé et son état nécessite la présence d'un parent."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class gravement_malade_ou_hospitalise(Variable):
    # Source of the value: certificat médical (soins palliatifs, maladie grave ou hospitalisation nécessitant
    # la présence d'un parent).
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "La personne est en soins palliatifs, gravement malade ou hospitalisée, et son état nécessite "
        "la présence d'un parent"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1"
    set_input = set_input_fenetre_repete
