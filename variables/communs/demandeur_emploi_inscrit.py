"""La personne est inscrite comme demandeur d'emploi (indemnisée ou non)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class demandeur_emploi_inscrit(Variable):
    # Source of the value: attestation d'inscription de France Travail.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est inscrite comme demandeur d'emploi (France Travail, ex-Pôle emploi), indemnisée ou ayant perdu tout droit à indemnisation"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1 (demandeur d'emploi, indemnisé ou ayant perdu tout droit à indemnisation)"
    set_input = set_input_fenetre_repete
