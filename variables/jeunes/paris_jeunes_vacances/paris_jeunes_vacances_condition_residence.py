"""Paris Jeunes Vacances : habiter à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances : le logement du ménage est à Paris (aucune durée de résidence exigée)"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes : commune 75056) ; paris.fr"

    def formula(menage, period):
        return menage("reside_a_paris", period)
