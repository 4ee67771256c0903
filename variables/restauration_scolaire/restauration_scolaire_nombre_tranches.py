"""Nombre de tranches de la grille tarifaire de cantine en vigueur."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, nombre_de_tranches


class restauration_scolaire_nombre_tranches(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de tranches de la grille de restauration scolaire en vigueur (la plus élevée est facturée sans dossier)"
    reference = "Conseil de Paris, délibération de décembre 2014 (10 tranches à la rentrée 2015 ; 8 depuis 2010)"

    def formula(menage, period, parameters):
        grille = parameters(period).restauration_scolaire.tarifs
        return menage.empty_array() + nombre_de_tranches(grille)
