"""Pass Paris Seniors : impôt sur le revenu du foyer fiscal retenu."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class pass_paris_seniors_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Impôt sur le revenu soumis au barème retenu pour le Pass Paris Seniors (ligne 14 du dernier avis, montant annuel)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (montant de l'imposition) et titre II 3.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("impot_revenu", period.last_month)
