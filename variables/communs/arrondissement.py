"""Arrondissement de Paris du logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, codes_vers_rang


class arrondissement(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Arrondissement de Paris du logement (1 à 20 ; 0 hors de Paris)"
    reference = "Code officiel géographique de l'INSEE (arrondissements municipaux 75101 à 75120)"

    def formula(menage, period, parameters):
        codes = parameters(period).communs.paris.codes_insee_arrondissements
        return codes_vers_rang(menage("depcom", period), codes)
