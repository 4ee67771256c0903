"""Aide aux personnes sans domicile fixe : montant maximal encore disponible sur douze mois."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage


class aide_sans_domicile_fixe_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide aux personnes sans domicile fixe : montant maximal, le plafond sur douze mois moins l'aide déjà reçue"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.1 b/2 ; annexe du 1er novembre 2019 (2 830 € cumulés sur 12 mois)"
    unit = "currency-EUR"
    documentation = """
    Cash aid, one-off, subsidiary, tied to an integration project and decided case by case (a/2,
    c/2): the amount is a maximum ("jusqu'à"). The in-kind aid of the same article is not quantified.
    """

    def formula(menage, period, parameters):
        plafond = parameters(period).difficulte.aide_sans_domicile_fixe.plafond_12_mois
        return max_(plafond - menage("aide_sans_domicile_fixe_percue_12_mois", period), 0)
