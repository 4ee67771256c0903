"""Date du dernier jugement d'adoption prononcé pour des enfants du ménage."""

from openfisca_core.model_api import MONTH, Variable, date

from paris_droits.regles import Menage, set_input_fenetre_repete


class date_jugement_adoption(Variable):
    # Source of the value: the adoption judgment (jugement d'adoption) or the livret de famille.
    # Default 1 January 1970: no adoption judgment, never within the request delay.
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Menage
    definition_period = MONTH
    label = "Date du dernier jugement d'adoption prononcé pour des enfants du ménage"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4 (adoption multiple)"
    )
    set_input = set_input_fenetre_repete
