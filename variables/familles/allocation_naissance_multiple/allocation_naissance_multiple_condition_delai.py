"""Allocation pour naissance ou adoption multiple : demande dans les six mois des naissances ou du jugement."""

import numpy
from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_naissance_multiple_condition_delai(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation pour naissance ou adoption multiple : demander dans les six mois qui suivent la naissance "
        "multiple ou le jugement d'adoption multiple"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4"

    def formula(menage, period, parameters):
        anm = parameters(period).familles.allocation_naissance_multiple
        # The event must fall between the first day of the month minus the delay (included) and the
        # end of the month: a birth of 1 May can be claimed until November, one of 30 April until October.
        debut = numpy.datetime64(period.start.offset(-int(anm.delai_demande), MONTH).date, "D")
        fin = numpy.datetime64(period.stop.date, "D")

        naissances = menage.members("date_naissance", period)
        jumeaux = menage.members("nombre_enfants_nes_le_meme_jour", period) >= anm.nombre_enfants_minimum
        naissance_dans_le_delai = menage.any(jumeaux * (naissances >= debut) * (naissances <= fin))

        jugement = menage("date_jugement_adoption", period)
        adoption_multiple = menage("nombre_enfants_adoptes_jugement", period) >= anm.nombre_enfants_minimum
        adoption_dans_le_delai = adoption_multiple * (jugement >= debut) * (jugement <= fin)
        return naissance_dans_le_delai + adoption_dans_le_delai
