"""Condition de résidence des aides aux familles, avec l'exception de la mutation imposée."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class condition_residence_paris_familles(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Le ménage réside à Paris depuis au moins 3 ans sur 5, ou depuis au moins 1 an "
        "en cas de mutation professionnelle imposée"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "RM2019, titre IV A art. 2 (couple : la résidence d'un seul conjoint suffit) et art. 5 (mutation imposée)",
    ]

    def formula(menage, period):
        anciennete = menage("anciennete_residence_paris", period)
        return menage("reside_a_paris", period) * (anciennete >= menage("duree_residence_exigee_familles", period))
