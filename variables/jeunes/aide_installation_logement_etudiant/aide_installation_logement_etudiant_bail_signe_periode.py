"""AILE : le bail a été signé pendant la période ouverte par la campagne de l'année universitaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class aide_installation_logement_etudiant_bail_signe_periode(Variable):
    # Source of the value: bail (date de signature) compared with the campaign window published with the
    # form (2023-2024: leases signed from 1 April 2023 to 31 March 2024). The windows of other years
    # are not encoded, hence a declared fact. True by default: the aid answers "what would be granted
    # if the student applied this month", i.e. within the campaign; evaluer still asks for the lease.
    value_type = bool
    default_value = True
    entity = Menage
    definition_period = MONTH
    label = (
        "Le bail a été signé pendant la période retenue par la campagne AILE de l'année universitaire "
        "(par exemple du 1er avril 2023 au 31 mars 2024)"
    )
    reference = "Ville de Paris et CROUS de Paris, AILE (fiche aides-jeunes ville_paris_aide_logement_etudiant_aile.yml ; formulaire 2023-2024)"
    set_input = set_input_fenetre_repete
