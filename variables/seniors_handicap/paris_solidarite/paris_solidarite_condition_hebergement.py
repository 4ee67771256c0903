"""Paris Solidarité : pas d'hébergement en établissement pris en charge par l'aide sociale légale."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_condition_hebergement(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité : ne pas être hébergé dans un établissement dont l'hébergement est payé par l'aide sociale légale"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 e/2-e/3 et titre III 1.1 e/2-e/3"

    def formula(menage, period):
        return menage("hebergement_etablissement_aide_sociale", period) == 0
