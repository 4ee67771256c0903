"""Complément Santé Paris : cotiser à une complémentaire santé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_condition_cotisation(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Complément Santé Paris : justifier d'une adhésion payante à une mutuelle ou complémentaire santé"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/2 et titre III 1.2 b/2"
    )

    def formula(menage, period):
        return menage("cotise_complementaire_sante", period)
