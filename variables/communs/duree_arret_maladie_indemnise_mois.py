"""Durée, en mois, de l'arrêt de travail pour raison de santé indemnisé en cours."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class duree_arret_maladie_indemnise_mois(Variable):
    # Source of the value: attestation d'indemnités journalières de la CPAM.
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Durée en mois de l'arrêt de travail en cours pour raison de santé, indemnisé à ce titre (0 si aucun)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1 (arrêt de travail depuis six mois au moins, indemnisé)"
    unit = "month"
    set_input = set_input_fenetre_repete
