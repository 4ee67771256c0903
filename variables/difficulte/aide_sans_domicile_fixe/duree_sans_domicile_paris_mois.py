"""Nombre de mois depuis lesquels le demandeur est sans domicile fixe à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class duree_sans_domicile_paris_mois(Variable):
    # Source of the value: permanence sociale d'accueil du CASVP (entretien, domiciliation).
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de mois depuis lesquels le demandeur est sans domicile fixe à Paris"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 b/1 (sans domicile fixe depuis au moins un mois à Paris)"
    unit = "month"
    set_input = set_input_fenetre_repete
