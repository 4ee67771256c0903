"""Paris Logement Familles Monoparentales : revenus déclarés de toutes les personnes du foyer (mois précédent)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles Monoparentales : revenus mensuels déclarés de toutes les personnes vivant au foyer (mois précédent)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 (revenus déclarés), titre IV A art. 4 et IV 2.2"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("revenus_declares_menage", period.last_month)
