"""Allocation pour naissance ou adoption multiple : nombre d'enfants nés ou adoptés ensemble."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage, maximum_du_groupe


class allocation_naissance_multiple_nombre_enfants(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = (
        "Plus grand nombre d'enfants à charge du ménage nés le même jour, ou adoptés par le dernier "
        "jugement d'adoption s'il est plus grand"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4"
    unit = "child"

    def formula(menage, period):
        nes_ensemble = maximum_du_groupe(menage, menage.members("nombre_enfants_nes_le_meme_jour", period))
        return max_(nes_ensemble, menage("nombre_enfants_adoptes_jugement", period))
