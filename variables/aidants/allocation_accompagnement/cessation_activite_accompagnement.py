"""La personne a cessé totalement et volontairement son activité pour accompagner un proche."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class cessation_activite_accompagnement(Variable):
    # Source of the value: attestation de l'employeur (cessation d'activité) ; déclaration du demandeur.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "La personne a cessé totalement et volontairement son activité professionnelle pour accompagner "
        "un proche en fin de vie ou son enfant mineur gravement malade"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 b/1"
    set_input = set_input_fenetre_repete
