"""Le ménage a subi un sinistre (incendie, dégât des eaux…) qui appelle notamment un hébergement d'urgence."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class sinistre_logement(Variable):
    # Source of the value: déclaration de sinistre, rapport des pompiers ou de l'assureur. False by default.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a subi un sinistre (incendie, dégât des eaux…) qui appelle notamment un hébergement d'urgence"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/2 (montant majoré en cas de sinistre)"
    set_input = set_input_fenetre_repete
