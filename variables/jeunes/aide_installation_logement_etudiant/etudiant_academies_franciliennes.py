"""AILE : la personne est étudiante dans les académies de Paris, Créteil ou Versailles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class etudiant_academies_franciliennes(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est étudiante dans un établissement des académies de Paris, Créteil ou Versailles"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"

    def formula(individu, period):
        return individu("etudiant", period) * individu("inscrit_academie_paris_creteil_versailles", period)
