"""Nombre d'années depuis lesquelles le ménage occupe effectivement son logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class anciennete_occupation_logement(Variable):
    # Source of the value: bail, titre de propriété, avis de taxe d'habitation ou quittances.
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre d'années d'occupation effective du logement actuel par le demandeur (propriétaire ou locataire occupant)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. b/1 (occupation effective depuis 3 ans)"
    unit = "year"
    set_input = set_input_fenetre_repete
