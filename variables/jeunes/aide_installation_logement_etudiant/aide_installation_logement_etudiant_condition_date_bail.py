"""AILE : bail signé pendant la période de la campagne de l'année universitaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_date_bail(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "AILE : le bail a été signé pendant la période retenue par la campagne de l'année universitaire en cours"
    reference = "Ville de Paris et CROUS de Paris, AILE : bail signé entre le 1er avril 2023 et le 31 mars 2024 pour la campagne 2023-2024 (fiche aides-jeunes)"

    def formula(menage, period):
        return menage("aide_installation_logement_etudiant_bail_signe_periode", period)
