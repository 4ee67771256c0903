"""Le demandeur (ou son conjoint) est titulaire du bail du logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class titulaire_bail(Variable):
    # Source of the value: bail ou quittance de loyer au nom du demandeur. Default true: a tenant usually holds the lease; set it false for a subtenant or a hosted person.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur ou son conjoint est titulaire du bail du logement qu'il occupe"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1 (locataire titulaire du bail) ; II 2.1 d/5 (colocataires)"
    default_value = True
    set_input = set_input_fenetre_repete
