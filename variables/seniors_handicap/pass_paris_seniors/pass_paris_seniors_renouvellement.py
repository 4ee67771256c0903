"""La demande de Pass Paris Seniors est un renouvellement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class pass_paris_seniors_renouvellement(Variable):
    # Source of the value: déclaratif ; dossier du CASVP / de la Maison des Solidarités (forfait en
    # cours ou expiré depuis moins de trois mois).
    value_type = bool
    default_value = False
    entity = Menage
    definition_period = MONTH
    label = "La demande de Pass Paris Seniors est un renouvellement déposé dans les trois mois de l'expiration du forfait"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 3.1 (plafond de 2 430 € en renouvellement)"
    set_input = set_input_fenetre_repete
