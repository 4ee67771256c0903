"""Le ménage a un dossier d'allocataire à la CAF."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class allocataire_caf(Variable):
    # Source of the value: Numéro d'allocataire CAF. Par défaut, vrai : la plupart des familles parisiennes avec enfants en ont un.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a un dossier d'allocataire à la CAF"
    reference = "Code de la sécurité sociale, art. L511-1 (allocataire des prestations familiales)"
    default_value = True
    set_input = set_input_fenetre_repete
