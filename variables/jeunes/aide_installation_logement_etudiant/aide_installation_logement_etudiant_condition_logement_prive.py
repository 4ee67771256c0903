"""AILE : locataire titulaire du bail d'un logement du parc privé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_condition_logement_prive(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "AILE : être titulaire du bail d'un logement du parc privé, vide ou meublé (hors logement social, "
        "foyer et résidence universitaire conventionnée)"
    )
    reference = "Ville de Paris et CROUS de Paris, AILE : logement dans le parc privé, hors résidences conventionnées (fiche aides-jeunes ; paris.fr)"
    documentation = """
    A room in a résidence universitaire conventionnée must be described as locataire_foyer (or
    locataire_hlm) to be excluded; the engine cannot tell it from a private furnished let otherwise.
    """

    def formula(menage, period):
        statut = menage("statut_occupation_logement", period)
        types = statut.possible_values
        parc_prive = (statut == types.locataire_vide) + (statut == types.locataire_meuble)
        return parc_prive * menage("titulaire_bail", period)
