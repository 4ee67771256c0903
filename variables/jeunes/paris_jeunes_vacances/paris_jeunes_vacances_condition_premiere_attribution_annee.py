"""Paris Jeunes Vacances : le jeune n'a pas déjà reçu l'aide pendant l'année civile."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class paris_jeunes_vacances_condition_premiere_attribution_annee(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Jeunes Vacances : un jeune de 16 à 30 ans du ménage ayant un projet de vacances autonome "
        "n'a pas déjà reçu l'aide pendant l'année civile en cours"
    )
    reference = "Ville de Paris, Paris Jeunes Vacances : une attribution par année civile (fiche aides-jeunes ; paris.fr)"
    documentation = """
    Read as an implication (see paris_jeunes_vacances_condition_projet): vacuously met when no
    member aged 16 to 30 has a holiday project.
    """

    def formula(menage, period):
        membres = menage.members
        jeune_avec_projet = membres("paris_jeunes_vacances_age_eligible", period) * membres("projet_vacances_autonome", period)
        return not_(menage.any(jeune_avec_projet)) + (menage("paris_jeunes_vacances_nombre_beneficiaires", period) > 0)
