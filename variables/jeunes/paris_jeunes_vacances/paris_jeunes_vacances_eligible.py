"""Paris Jeunes Vacances : toutes les conditions sont remplies."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Au moins un jeune du ménage remplit toutes les conditions de Paris Jeunes Vacances"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"

    def formula(menage, period):
        return (
            menage("paris_jeunes_vacances_condition_residence", period)
            * menage("paris_jeunes_vacances_condition_age", period)
            * menage("paris_jeunes_vacances_condition_projet", period)
            * menage("paris_jeunes_vacances_condition_premiere_attribution_annee", period)
        )
