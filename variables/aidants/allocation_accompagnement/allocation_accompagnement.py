"""Allocation d'accompagnement : montant mensuel accordé si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Allocation d'accompagnement accordée pour une demande faite ce mois-ci (montant mensuel, trois mois au plus)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.5"
    unit = "currency-EUR"
    documentation = """
    One allowance per household: the lost earnings and the other allowances of every member who
    stopped working are added up and the 610 € cap applies once (À VÉRIFIER if two members of the
    same household could each receive it). Paid for three months at most (renewable for a minor
    child, see allocation_accompagnement_renouvellement_possible).
    """

    def formula(menage, period):
        return menage("allocation_accompagnement_eligible", period) * menage("allocation_accompagnement_montant", period)
