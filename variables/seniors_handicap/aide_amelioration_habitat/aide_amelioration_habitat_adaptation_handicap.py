"""Les travaux adaptent le logement au handicap du demandeur ou le rendent accessible à un enfant handicapé à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class aide_amelioration_habitat_adaptation_handicap(Variable):
    # Source of the value: devis et évaluation des besoins (ergothérapeute, SOLIHA).
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Les travaux ont pour objet l'adaptation du logement aux handicaps du demandeur, ou l'accessibilité du logement d'une famille ayant un enfant handicapé à charge"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II et III 2.2 a/3 et e/2, IV 2.6 a/3 et e/2"
    set_input = set_input_fenetre_repete
