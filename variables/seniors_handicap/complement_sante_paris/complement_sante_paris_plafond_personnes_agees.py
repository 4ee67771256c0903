"""Complément Santé Paris, personnes âgées : plafonds de Paris Solidarité personnes âgées."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_plafond_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel du Complément Santé Paris pour les personnes âgées (plafond de Paris Solidarité personnes âgées)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/3-b/4 (mêmes montants que Paris Solidarité dans chaque annexe, même revalorisation par l'indice de l'ASPA) ; annexes"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_solidarite_plafond_personnes_agees", period)
