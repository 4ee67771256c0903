"""AILE : un membre du ménage est étudiant dans les académies de Paris, Créteil ou Versailles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_etudiant(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "AILE : un membre du ménage est étudiant dans un établissement des académies de Paris, Créteil ou Versailles"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"

    def formula(menage, period):
        return menage.any(menage.members("etudiant_academies_franciliennes", period))
