"""Allocation d'accompagnement : le renouvellement pour un enfant mineur gravement malade est possible."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_renouvellement_possible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Allocation d'accompagnement : renouvellement possible par période de trois mois (enfant mineur "
        "gravement malade, revenus inférieurs ou égaux au plafond, dans la limite de douze mois consécutifs)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5 d/1"

    def formula(menage, period, parameters):
        allocation = parameters(period).aidants.allocation_accompagnement
        sous_plafond = menage("allocation_accompagnement_base_ressources", period) <= allocation.plafond_ressources_renouvellement
        mois_apres_renouvellement = menage("allocation_accompagnement_mois_percus", period) + allocation.duree_maximale
        dans_la_limite = mois_apres_renouvellement <= allocation.duree_maximale_renouvellement
        # A renewal follows the running award without a gap.
        sans_interruption = menage("allocation_accompagnement_mois_depuis_fin_attribution", period) == 0
        return (
            menage("allocation_accompagnement_enfant_mineur_malade", period)
            * sous_plafond
            * dans_la_limite
            * sans_interruption
        )
