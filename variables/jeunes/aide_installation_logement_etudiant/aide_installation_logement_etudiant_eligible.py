"""AILE : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de l'aide à l'installation dans un logement pour les étudiants (AILE)"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml ; paris.fr)"

    def formula(menage, period):
        return (
            menage("aide_installation_logement_etudiant_condition_residence", period)
            * menage("aide_installation_logement_etudiant_condition_etudiant", period)
            * menage("aide_installation_logement_etudiant_condition_bourse", period)
            * menage("aide_installation_logement_etudiant_condition_logement_prive", period)
            * menage("aide_installation_logement_etudiant_condition_duree_bail", period)
            * menage("aide_installation_logement_etudiant_condition_date_bail", period)
        )
