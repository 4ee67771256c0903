"""Nombre d'années de résidence à Paris au cours des cinq dernières années."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class anciennete_residence_paris(Variable):
    # Source of the value: Justificatifs de domicile, avis d'imposition des années précédentes (RM2019 titre I A art. 2).
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre d'années de résidence à Paris au cours des cinq dernières années"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2 (3 ans sur 5)"
    unit = "year"
    set_input = set_input_fenetre_repete
