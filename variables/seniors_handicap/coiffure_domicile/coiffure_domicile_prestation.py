"""Prestation de coiffure à domicile demandée (ligne de la grille de l'annexe)."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class PrestationCoiffure(Enum):
    prestation_1 = "Ligne 1 de la grille (22,54 € en tranche E en 2019)"
    prestation_2 = "Ligne 2 de la grille (28,33 € en tranche E en 2019)"
    prestation_3 = "Ligne 3 de la grille (51,81 € en tranche E en 2019)"
    prestation_4 = "Ligne 4 de la grille (45,45 € en tranche E en 2019)"


class coiffure_domicile_prestation(Variable):
    # Source of the value: choix du bénéficiaire. The annex does not name the services: they are known by
    # their line in its grid. The first line by default.
    value_type = Enum
    possible_values = PrestationCoiffure
    default_value = PrestationCoiffure.prestation_1
    entity = Menage
    definition_period = MONTH
    label = "Prestation de coiffure à domicile demandée, désignée par sa ligne dans la grille de l'annexe (prix de référence de la tranche E)"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.4 et III 4.4 (grille « TARIFS »)"
    set_input = set_input_fenetre_repete
