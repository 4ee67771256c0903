"""La personne bénéficie de l'aide sociale légale à la restauration (Département)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class aide_sociale_legale_restauration(Variable):
    # Source of the value: notification d'aide sociale du Département de Paris.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne bénéficie de l'aide sociale légale du Département pour la restauration"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 3.4 b/4 ; annexe du 1er novembre 2019, II 3.4 et 4.3 (tranche A)"
    set_input = set_input_fenetre_repete
