"""Port de repas à domicile : durée de résidence à Paris exigée (aucune en cas d'urgence)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class port_repas_domicile_duree_residence_exigee(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Port de repas à domicile : durée de résidence à Paris exigée (3 ans sur 5 ; aucune en situation d'urgence)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.3 d/1 et III 4.3 d/1 (urgence)",
    ]
    unit = "year"

    def formula(menage, period, parameters):
        duree = parameters(period).communs.residence.duree_minimale
        return where(menage("port_repas_domicile_urgence", period), 0, duree)
