"""Allocation de maintien à domicile d'un parent âgé : 153 € par parent âgé ouvrant droit."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_maintien_domicile_parent_age_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Montant mensuel de l'allocation de maintien à domicile : montant par parent âgé multiplié par le nombre de parents âgés ouvrant droit"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5",
        "Annexe au règlement municipal, 1er novembre 2019 (153 € par mois et par parent âgé)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        montant = parameters(period).aidants.allocation_maintien_domicile_parent_age.montant
        return montant * menage("allocation_maintien_domicile_parent_age_nombre_parents", period)
