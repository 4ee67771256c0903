"""L'étudiant est inscrit dans un établissement des académies de Paris, Créteil ou Versailles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class inscrit_academie_paris_creteil_versailles(Variable):
    # Source of the value: certificat de scolarité. True by default: a student living in Paris is almost
    # always registered in one of the three Île-de-France académies; set it false otherwise.
    value_type = bool
    default_value = True
    entity = Individu
    definition_period = MONTH
    label = "L'étudiant est inscrit dans un établissement d'enseignement supérieur des académies de Paris, Créteil ou Versailles"
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml)"
    set_input = set_input_fenetre_repete
