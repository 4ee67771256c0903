"""Le ménage est hébergé dans un établissement médicalisé doté de services collectifs."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class hebergement_etablissement_medicalise(Variable):
    # Source of the value: déclaration du ménage ou de l'établissement.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur est hébergé dans un établissement médicalisé doté de services collectifs (EHPAD, foyer médicalisé…)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 4 et titre III A art. 4 (pas de prestation de soutien à domicile)"
    set_input = set_input_fenetre_repete
