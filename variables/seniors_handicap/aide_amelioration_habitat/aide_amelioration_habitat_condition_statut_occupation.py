"""Aide à l'amélioration de l'habitat : propriétaire occupant, ou locataire occupant pour des parties privatives."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_statut_occupation(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : le demandeur est propriétaire occupant, ou locataire occupant pour des travaux sur parties privatives"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. a/2 et b/1 (parties communes : part du propriétaire occupant)"
    documentation = """
    Owner-occupiers: statut "proprietaire" or "primo_accedant". Tenant-occupiers: tenants of a social,
    private unfurnished or furnished dwelling (a resident of a foyer is not a tenant of his dwelling).
    Only owner-occupiers bear common-parts works (a/2; V 3.2 is for owner-occupiers only).
    """

    def formula(menage, period):
        statut = menage("statut_occupation_logement", period)
        statuts = statut.possible_values
        proprietaire = (statut == statuts.proprietaire) + (statut == statuts.primo_accedant)
        locataire = (statut == statuts.locataire_hlm) + (statut == statuts.locataire_vide) + (statut == statuts.locataire_meuble)
        travaux = menage("aide_amelioration_habitat_travaux", period)
        return proprietaire + locataire * (travaux != travaux.possible_values.parties_communes)
