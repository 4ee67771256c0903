"""Paris Jeunes Vacances : la personne peut recevoir les chéquiers (âge, projet, première fois de l'année)."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Individu


class paris_jeunes_vacances_beneficiaire(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = (
        "Paris Jeunes Vacances : la personne a de 16 à 30 ans, un projet de vacances autonome, et n'a pas "
        "reçu l'aide pendant l'année civile"
    )
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"

    def formula(individu, period):
        return (
            individu("paris_jeunes_vacances_age_eligible", period)
            * individu("projet_vacances_autonome", period)
            * not_(individu("paris_jeunes_vacances_deja_percue_annee", period))
        )
