"""Nombre de mois écoulés depuis la fin de la dernière allocation d'accompagnement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class allocation_accompagnement_mois_depuis_fin_attribution(Variable):
    # Source of the value: dossier du ménage (date de fin de la dernière attribution). 0 while an award is
    # running; only read when allocation_accompagnement_deja_attribuee is true.
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de mois écoulés depuis la fin de la dernière allocation d'accompagnement (0 si elle est en cours)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/6"
    unit = "month"
    set_input = set_input_fenetre_repete
