"""La personne de référence vit en couple."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, nombre_du_role


class en_couple(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "La personne de référence vit en couple (un conjoint est déclaré dans le ménage)"
    reference = "Code civil, art. 515-8 (concubinage), 515-1 (PACS) et 143 (mariage)"

    def formula(menage, period):
        return nombre_du_role(menage, Menage.CONJOINT) > 0
