"""Le ménage est venu à Paris à la suite d'une mutation professionnelle imposée par l'employeur."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class mutation_professionnelle_imposee(Variable):
    # Source of the value: attestation de l'employeur.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage est arrivé à Paris à la suite d'une mutation professionnelle imposée par l'employeur"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 5"
    set_input = set_input_fenetre_repete
