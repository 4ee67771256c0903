"""Allocation d'accompagnement : montant mensuel, plafonné par les revenus perdus."""

from openfisca_core.model_api import MONTH, Variable, max_, min_

from paris_droits.regles import Menage, arrondi_centime


class allocation_accompagnement_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Montant mensuel de l'allocation d'accompagnement : au plus 610 €, sans que l'allocation et les "
        "autres indemnités dépassent les revenus perdus"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/4",
        "Annexe au règlement municipal, 1er novembre 2019 (610 € par mois au plus)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        maximum = parameters(period).aidants.allocation_accompagnement.montant_maximum
        perdus = menage("allocation_accompagnement_revenus_perdus", period)
        indemnites = menage("allocation_accompagnement_autres_indemnites", period)
        return arrondi_centime(min_(maximum, max_(perdus - indemnites, 0)))
