"""Allocation d'accompagnement : douze mois entre la fin d'une attribution et une nouvelle demande."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class allocation_accompagnement_condition_delai(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation d'accompagnement : aucune attribution terminée depuis moins de douze mois, "
        "sauf renouvellement pour un enfant mineur gravement malade"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 c/6 et d/1"

    def formula(menage, period, parameters):
        delai = parameters(period).aidants.allocation_accompagnement.delai_nouvelle_demande
        premiere_demande = not_(menage("allocation_accompagnement_deja_attribuee", period))
        delai_ecoule = menage("allocation_accompagnement_mois_depuis_fin_attribution", period) >= delai
        renouvellement = menage("allocation_accompagnement_renouvellement_possible", period)
        return premiere_demande + delai_ecoule + renouvellement
