"""AILE : aide accordée si la demande est faite ce mois-ci (montant maximal, versé une fois)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'installation dans un logement pour les étudiants (AILE) pour une demande faite ce mois-ci (montant maximal, versé une fois)"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml ; paris.fr)"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("aide_installation_logement_etudiant_eligible", period) * menage("aide_installation_logement_etudiant_montant", period)
