"""Paris Logement : condition de résidence à Paris."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : résider à Paris depuis 3 ans sur 5 (1 an pour un couple avec un enfant en cas de mutation imposée)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "RM2019, titres II 2.1 d/6 et III 2.1 d/6, titre IV A art. 2 et 5",
    ]

    def formula(menage, period):
        anciennete = menage("anciennete_residence_paris", period)
        exigee = menage("paris_logement_duree_residence_exigee", period)
        return menage("reside_a_paris", period) * (anciennete >= exigee)
