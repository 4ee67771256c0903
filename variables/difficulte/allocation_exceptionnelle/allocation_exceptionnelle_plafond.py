"""Allocation exceptionnelle : plafond applicable, selon la durée de résidence ou le sinistre."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class allocation_exceptionnelle_plafond(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation exceptionnelle : plafond applicable (3 287 € cumulés sur 12 mois après 3 ans de résidence à Paris, 2 830 € avant ; 4 574 € au titre d'un sinistre)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/2 ; annexe du 1er novembre 2019"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        ae = parameters(period).difficulte.allocation_exceptionnelle
        ancien = menage("anciennete_residence_paris", period) >= ae.duree_residence_plafond_majore
        ordinaire = where(ancien, ae.plafond_12_mois, ae.plafond_12_mois_residence_courte)
        return where(menage("sinistre_logement", period), ae.plafond_sinistre, ordinaire)
