"""Paris Jeunes Vacances : un jeune de 16 à 30 ans a un projet de vacances autonome."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class paris_jeunes_vacances_condition_projet(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances : un jeune de 16 à 30 ans du ménage a un projet de vacances autonome"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"
    documentation = """
    Read as an implication so that each condition fails on its own: with no member aged 16 to 30
    the age condition fails and this one is not opposed (vacuously met).
    """

    def formula(menage, period):
        membres = menage.members
        jeune = membres("paris_jeunes_vacances_age_eligible", period)
        jeune_avec_projet = jeune * membres("projet_vacances_autonome", period)
        return not_(menage.any(jeune)) + menage.any(jeune_avec_projet)
