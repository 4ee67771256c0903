"""Nature de l'aide demandée au FAJP."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class NatureAideFajp(Enum):
    non_precisee = "Nature non précisée (seul le plafond cumulé sur trois ans s'applique)"
    urgence = "Aide d'urgence (subsistance)"
    formation_equipement = "Aide à une formation ou à un équipement"


class fonds_aide_jeunes_parisiens_nature_aide(Variable):
    # Source of the value: demande instruite par la Mission locale ou le travailleur social.
    value_type = Enum
    possible_values = NatureAideFajp
    default_value = NatureAideFajp.non_precisee
    entity = Individu
    definition_period = MONTH
    label = "Nature de l'aide demandée au Fonds d'aide aux jeunes Parisiens"
    reference = "Fonds d'aide aux jeunes Parisiens : plafonds par nature d'aide (Les Affiches parisiennes, 2015)"
    set_input = set_input_fenetre_repete
