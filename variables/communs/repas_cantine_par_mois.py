"""Nombre de repas pris à la cantine scolaire dans le mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class repas_cantine_par_mois(Variable):
    # Source of the value: Inscription à la caisse des écoles ; relevé de facturation.
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de repas pris à la cantine scolaire dans le mois"
    reference = "Caisses des écoles de Paris, facturation de la restauration scolaire"
    set_input = set_input_fenetre_repete
