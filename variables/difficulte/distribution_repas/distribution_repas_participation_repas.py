"""Distribution de repas : participation payée par repas."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class distribution_repas_participation_repas(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Distribution de repas : participation symbolique payée par le bénéficiaire pour chaque repas"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 c/2 (0,15 € par repas)"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        return menage.empty_array() + parameters(period).difficulte.distribution_repas.participation_par_repas
