"""Aide à l'amélioration de l'habitat : pour des parties privatives, être une personne âgée ou handicapée ou une famille avec enfant."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_amelioration_habitat_condition_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : pour des travaux sur parties privatives, le demandeur ou son conjoint est une personne âgée ou un adulte handicapé, ou la famille a au moins un enfant à charge"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2 et III 2.2 (personnes âgées, adultes handicapés), IV 2.6 b/2 (au moins un enfant à charge)",
        "Règlement municipal des aides sociales facultatives (RM2019), titre V 3.2 (Parisiens propriétaires occupants : parties communes seulement)",
    ]
    documentation = """
    Read as an implication so that each condition fails on its own: met for works on common parts
    (title V 3.2 opens them to every owner-occupier) or when no works are planned (the works
    condition reports it).
    """

    def formula(menage, period):
        travaux = menage("aide_amelioration_habitat_travaux", period)
        hors_privatives = travaux != travaux.possible_values.parties_privatives
        forme_agees_handicapees = menage("aide_amelioration_habitat_forme_personnes_agees_handicapees", period)
        return hors_privatives + forme_agees_handicapees + (menage("nombre_enfants_a_charge", period) > 0)
