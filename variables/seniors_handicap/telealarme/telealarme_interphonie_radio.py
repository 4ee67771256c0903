"""Téléalarme : prix du système d'interphonie radio déportée (option)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class telealarme_interphonie_radio(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Téléalarme : prix du système d'interphonie radio déportée, le même pour toutes les tranches"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.1 et III 4.1"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        return menage.empty_array() + parameters(period).seniors_handicap.telealarme.interphonie_radio
