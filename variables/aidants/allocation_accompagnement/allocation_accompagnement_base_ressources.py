"""Revenus déclarés du demandeur et de son conjoint retenus pour le renouvellement de l'allocation d'accompagnement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class allocation_accompagnement_base_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Revenus mensuels déclarés du demandeur et de son conjoint retenus pour le renouvellement de "
        "l'allocation d'accompagnement (mois précédent)"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5 et titre IV 1.5 d/1",
        "RM2019, titre IV A art. 4 : ressources du demandeur ou du couple ; celles des autres occupants "
        "ne comptent que pour Paris Logement Familles, Paris Logement Familles Monoparentales et Paris Logement",
    ]
    unit = "currency-EUR"
    documentation = """
    The règlement caps the renewal at 4 575 € of monthly income without the reference file saying
    which income: the declared income of the previous month is used, as for the other family aids
    (À VÉRIFIER). IV A art. 4: only the applicant's or the couple's resources count for a title IV
    aid other than the housing aids, so the other occupants (a hosted grandparent, an adult child)
    are left out.
    """

    def formula(menage, period):
        return menage("revenus_declares_demandeur_conjoint", period.last_month)
