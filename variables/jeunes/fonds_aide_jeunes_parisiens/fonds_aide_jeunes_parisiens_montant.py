"""FAJP : montant maximal pour les jeunes accompagnés du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Fonds d'aide aux jeunes Parisiens : montant maximal, somme des plafonds individuels des jeunes accompagnés du ménage"
    reference = "Fonds d'aide aux jeunes Parisiens : plafonds de 2015 (Les Affiches parisiennes, 2015 ; page foxoo)"
    unit = "currency-EUR"
    documentation = """
    The fund is discretionary: the amount is a maximum (« jusqu'à »), decided case by case by the
    fund's committee. Figures of about 2015, À VÉRIFIER.
    """

    def formula(menage, period):
        membres = menage.members
        return menage.sum(membres("fonds_aide_jeunes_parisiens_beneficiaire", period) * membres("fonds_aide_jeunes_parisiens_plafond_individuel", period))
