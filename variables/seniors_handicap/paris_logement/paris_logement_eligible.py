"""Paris Logement : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit toutes les conditions de Paris Logement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1"

    def formula(menage, period):
        return (
            menage("paris_logement_condition_public", period)
            * menage("paris_logement_condition_etudiant", period)
            * menage("paris_logement_condition_residence", period)
            * menage("paris_logement_condition_titulaire_bail", period)
            * menage("paris_logement_condition_taux_effort", period)
            * menage("paris_logement_condition_ressources", period)
            * menage("paris_logement_condition_aide_logement", period)
            * menage("paris_logement_condition_impayes", period)
        )
