"""Le port de repas est demandé en situation d'urgence, appréciée par une enquête sociale."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class port_repas_domicile_urgence(Variable):
    # Source of the value: enquête sociale du CASVP. False by default.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le port de repas à domicile est demandé en situation d'urgence appréciée par une enquête sociale (attribution de trois mois, renouvelable une fois)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.3 et III 4.3, d/1"
    set_input = set_input_fenetre_repete
