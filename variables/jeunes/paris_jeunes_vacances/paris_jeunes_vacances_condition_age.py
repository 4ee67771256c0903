"""Paris Jeunes Vacances : au moins un jeune de 16 à 30 ans dans le ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances_condition_age(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances : au moins un membre du ménage a de 16 à 30 ans inclus"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes : âge ≥ 16 et ≤ 30)"

    def formula(menage, period):
        return menage.any(menage.members("paris_jeunes_vacances_age_eligible", period))
