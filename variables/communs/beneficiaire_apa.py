"""La personne perçoit l'allocation personnalisée d'autonomie (APA)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class beneficiaire_apa(Variable):
    # Source of the value: notification d'APA du Département.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne perçoit l'allocation personnalisée d'autonomie (APA)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 3 (prestations de soutien à domicile : personnes âgées en perte d'autonomie)"
    set_input = set_input_fenetre_repete
