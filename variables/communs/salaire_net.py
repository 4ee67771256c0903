"""Salaire net mensuel (net imposable)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_divise


class salaire_net(Variable):
    # Source of the value: Bulletin de paie ou avis d'imposition (traitements et salaires) / 12.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire net mensuel (net imposable)"
    reference = "Code général des impôts, art. 79 et 83 (traitements et salaires imposables)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_divise
