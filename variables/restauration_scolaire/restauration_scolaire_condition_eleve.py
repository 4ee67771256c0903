"""Cantine : au moins un élève du ménage déjeune à la cantine."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restauration_scolaire_condition_eleve(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Au moins un enfant du ménage prend ses repas à la cantine scolaire"
    reference = "Caisses des écoles de Paris : inscription à la restauration scolaire"

    def formula(menage, period):
        return menage.sum(menage.members("repas_cantine_par_mois", period)) > 0
