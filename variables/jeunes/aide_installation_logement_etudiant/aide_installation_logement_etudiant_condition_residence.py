"""AILE : le logement est à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "AILE : le logement loué est à Paris (aucune durée de résidence exigée)"
    reference = "Ville de Paris et CROUS de Paris, AILE : bail pour un logement dans Paris (fiche aides-jeunes ; paris.fr)"

    def formula(menage, period):
        return menage("reside_a_paris", period)
