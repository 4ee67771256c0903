"""AILE : l'étudiant est boursier sur critères sociaux, aidé par le CROUS ou bénéficiaire du repas à 1 €."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_bourse(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "AILE : un étudiant du ménage est boursier sur critères sociaux du CROUS, bénéficiaire d'une aide "
        "spécifique (ASAA, ASAP) ou du repas à 1 €"
    )
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"
    documentation = """
    Read as an implication so that each condition fails on its own: without a student in the
    household the student condition fails and this one is not opposed (vacuously met).
    """

    def formula(menage, period):
        aucun_etudiant = not_(menage("aide_installation_logement_etudiant_condition_etudiant", period))
        return aucun_etudiant + (menage("aide_installation_logement_etudiant_nombre_beneficiaires", period) > 0)
