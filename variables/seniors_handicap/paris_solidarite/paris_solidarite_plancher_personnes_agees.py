"""Paris Solidarité, variante personnes âgées : ressources réputées au moins égales à l'ASPA."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_solidarite_plancher_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plancher des ressources de Paris Solidarité pour les personnes âgées : montant de l'ASPA (personne seule ou couple)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/4"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        aspa = parameters(period).communs.aspa
        return where(menage("en_couple", period), aspa.montant_couple, aspa.montant_personne_seule)
