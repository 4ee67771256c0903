"""Le demandeur est hébergé dans un établissement dont l'hébergement est payé par l'aide sociale légale."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class hebergement_etablissement_aide_sociale(Variable):
    # Source of the value: déclaration du demandeur ; notification d'admission à l'aide sociale à
    # l'hébergement (département) ou attestation de l'établissement (foyer-logement, EHPAD, hôpital).
    value_type = bool
    default_value = False
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur est hébergé en foyer-logement, EHPAD ou hôpital avec frais d'hébergement pris en charge par l'aide sociale légale"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 e/2-e/3 et titre III 1.1 e/2-e/3"
    set_input = set_input_fenetre_repete
