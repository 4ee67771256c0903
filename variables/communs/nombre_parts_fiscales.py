"""Nombre de parts fiscales du dernier avis d'imposition."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class nombre_parts_fiscales(Variable):
    # Source of the value: Avis d'imposition.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Nombre de parts fiscales du dernier avis d'imposition"
    reference = "Code général des impôts, art. 193 et 194 (quotient familial fiscal, barème)"
    unit = "/1"
    default_value = 1
    set_input = set_input_fenetre_repete
