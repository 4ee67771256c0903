"""Statut d'occupation du logement."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class StatutOccupationLogement(Enum):
    locataire_hlm = "Locataire d'un logement social (HLM)"
    locataire_vide = "Locataire d'un logement vide du parc privé"
    locataire_meuble = "Locataire d'un logement meublé"
    locataire_foyer = "Résident d'un foyer ou d'une résidence sociale"
    proprietaire = "Propriétaire"
    primo_accedant = "Accédant à la propriété (remboursement d'emprunt)"
    loge_gratuitement = "Logé gratuitement"
    sans_domicile = "Sans domicile"


class statut_occupation_logement(Variable):
    # Source of the value: bail, quittance, titre de propriété, attestation d'hébergement.
    value_type = Enum
    possible_values = StatutOccupationLogement
    default_value = StatutOccupationLogement.locataire_vide
    entity = Menage
    definition_period = MONTH
    label = "Statut d'occupation du logement"
    reference = "Loi 89-462 du 6 juillet 1989 (baux d'habitation)"
    set_input = set_input_fenetre_repete
