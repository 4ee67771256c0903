"""AILE : bail d'au moins neuf mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_duree_bail(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "AILE : le bail est d'une durée d'au moins 9 mois"
    reference = "Ville de Paris et CROUS de Paris, AILE : bail d'au moins 9 mois (formulaire 2025-2026, cité par la compilation de référence)"

    def formula(menage, period, parameters):
        duree_minimale = parameters(period).jeunes.aide_installation_logement_etudiant.duree_minimale_bail
        return menage("duree_bail", period) >= duree_minimale
