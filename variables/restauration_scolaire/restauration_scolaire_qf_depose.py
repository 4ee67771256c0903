"""La famille a déposé son dossier de quotient familial auprès de la caisse des écoles."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class restauration_scolaire_qf_depose(Variable):
    # Source of the value: the Caisse des écoles file for the school year.
    value_type = bool
    default_value = True
    entity = Menage
    definition_period = MONTH
    label = "La famille a déposé un dossier complet de calcul du quotient familial pour l'année scolaire"
    reference = (
        "Caisse des écoles du 15e, règlement 2022-2023 : « Tout dossier incomplet donnera lieu à une "
        "facturation au prix le plus élevé » ; Caisse des écoles du 18e, rentrée 2024-2025"
    )
    set_input = set_input_fenetre_repete
