"""Port de repas à domicile : condition de résidence, dont la durée est levée en cas d'urgence."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class port_repas_domicile_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Port de repas à domicile : habiter Paris et y résider depuis 3 ans sur 5, sauf situation d'urgence (attribution de trois mois renouvelable une fois)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 1 et 2",
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 4.3 d/1 et III 4.3 d/1 (urgence : dérogation à l'art. I A 2)",
    ]

    def formula(menage, period):
        exigee = menage("port_repas_domicile_duree_residence_exigee", period)
        return menage("reside_a_paris", period) * (menage("anciennete_residence_paris", period) >= exigee)
