"""L'étudiant reçoit une aide spécifique du CROUS (ASAA, ASAP) ou bénéficie du repas à 1 €."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class aide_specifique_crous_ou_repas_un_euro(Variable):
    # Source of the value: notification du CROUS (aide spécifique allocation annuelle ASAA ou ponctuelle ASAP)
    # ou attestation de bénéfice du repas à 1 €, pour l'année universitaire en cours.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "L'étudiant bénéficie, pour l'année universitaire en cours, d'une aide spécifique du CROUS "
        "(allocation annuelle ASAA ou aide ponctuelle ASAP) ou du repas à 1 €"
    )
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"
    set_input = set_input_fenetre_repete
