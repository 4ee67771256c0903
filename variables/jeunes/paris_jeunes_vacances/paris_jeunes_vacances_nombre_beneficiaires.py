"""Paris Jeunes Vacances : nombre de jeunes du ménage qui peuvent recevoir les chéquiers."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances_nombre_beneficiaires(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances : nombre de jeunes du ménage remplissant les conditions personnelles (âge, projet, première fois de l'année)"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"
    unit = "person"

    def formula(menage, period):
        return menage.sum(menage.members("paris_jeunes_vacances_beneficiaire", period))
