"""Part des jours qu'un enfant accueilli en établissement passe au domicile familial."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class part_jours_au_domicile(Variable):
    # Source of the value: attestation de l'établissement d'accueil (number of days the child spends
    # at home) divided by the number of days of the period it covers; 1 for a child living at home.
    # A share, not a count of days: the règlement prorates "selon le nombre de jours passés au
    # domicile" without saying over which number of days (365, days open...), so the share is read
    # from the attestation rather than computed here.
    value_type = float
    default_value = 1
    entity = Individu
    definition_period = MONTH
    label = "Part des jours que l'enfant accueilli en établissement passe au domicile familial (1 s'il vit au domicile)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3 d/1"
    unit = "/1"
    set_input = set_input_fenetre_repete
