"""La personne est en situation de handicap (titre reconnu : AAH, PCH, carte d'invalidité, pension d'invalidité 2e ou 3e catégorie…)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class handicap(Variable):
    # Source of the value: Notification MDPH ou de l'organisme payeur.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est en situation de handicap (titre reconnu : AAH, PCH, carte d'invalidité, pension d'invalidité 2e ou 3e catégorie…)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 (titres de handicap)"
    set_input = set_input_fenetre_repete
