"""AILE : nombre d'étudiants du ménage remplissant les conditions personnelles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_nombre_beneficiaires(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "AILE : nombre d'étudiants boursiers (ou aidés par le CROUS) du ménage"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"
    unit = "person"

    def formula(menage, period):
        return menage.sum(menage.members("aide_installation_logement_etudiant_beneficiaire", period))
