"""FAJP : habiter à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens : le logement du ménage est à Paris (aucune durée de résidence connue)"
    reference = "Code de l'action sociale et des familles, art. L263-15 (fonds départemental) ; Fonds d'aide aux jeunes Parisiens"

    def formula(menage, period):
        return menage("reside_a_paris", period)
