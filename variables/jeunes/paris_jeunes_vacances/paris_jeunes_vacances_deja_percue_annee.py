"""La personne a déjà reçu Paris Jeunes Vacances pendant l'année civile en cours."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class paris_jeunes_vacances_deja_percue_annee(Variable):
    # Source of the value: déclaration du jeune ; fichier des bénéficiaires de la Régie générale de la Ville.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a déjà reçu les chéquiers Paris Jeunes Vacances pendant l'année civile en cours"
    reference = "Ville de Paris, Paris Jeunes Vacances : une attribution par année civile (fiche aides-jeunes ; paris.fr)"
    set_input = set_input_fenetre_repete
