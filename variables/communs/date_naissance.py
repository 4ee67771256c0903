"""Date de naissance."""

from openfisca_core.model_api import ETERNITY, Variable, date

from paris_droits.regles import Individu


class date_naissance(Variable):
    # Source of the value: pièce d'identité, livret de famille.
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Individu
    definition_period = ETERNITY
    label = "Date de naissance"
    reference = "Code civil, art. 57 (acte de naissance)"
