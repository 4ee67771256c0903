"""Travaux d'amélioration de l'habitat pour lesquels l'aide est demandée."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class TravauxAmeliorationHabitat(Enum):
    aucun = "Aucun projet de travaux"
    parties_privatives = "Travaux sur les parties privatives du logement"
    parties_communes = "Travaux sur les parties communes (quote-part du propriétaire occupant)"


class aide_amelioration_habitat_travaux(Variable):
    # Source of the value: devis des travaux, procès-verbal de l'assemblée générale des copropriétaires (parties
    # communes). None by default: the aid is asked for a works project.
    value_type = Enum
    possible_values = TravauxAmeliorationHabitat
    default_value = TravauxAmeliorationHabitat.aucun
    entity = Menage
    definition_period = MONTH
    label = "Travaux d'amélioration de l'habitat pour lesquels l'aide est demandée (aucun, parties privatives, parties communes)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. a/2"
    set_input = set_input_fenetre_repete
