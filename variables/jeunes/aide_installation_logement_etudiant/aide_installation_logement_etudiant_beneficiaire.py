"""AILE : la personne est étudiante boursière (ou aidée par le CROUS) dans les académies franciliennes."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class aide_installation_logement_etudiant_beneficiaire(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "AILE : la personne est étudiante (académies de Paris, Créteil ou Versailles) et boursière sur "
        "critères sociaux, bénéficiaire d'une aide spécifique du CROUS ou du repas à 1 €"
    )
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"

    def formula(individu, period):
        aide_crous = individu("boursier_enseignement_superieur", period) + individu("aide_specifique_crous_ou_repas_un_euro", period)
        return individu("etudiant_academies_franciliennes", period) * aide_crous
