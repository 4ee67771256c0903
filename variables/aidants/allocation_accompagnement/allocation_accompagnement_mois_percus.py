"""Mois d'allocation d'accompagnement déjà perçus pendant la période de douze mois consécutifs en cours."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class allocation_accompagnement_mois_percus(Variable):
    # Source of the value: dossier du ménage (attributions et renouvellements depuis la première attribution).
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de mois d'allocation d'accompagnement déjà perçus depuis la première attribution de la période en cours"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 d/1"
    unit = "month"
    set_input = set_input_fenetre_repete
