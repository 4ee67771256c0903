"""Aides du FAJP déjà reçues par la personne au cours des trois dernières années."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class fonds_aide_jeunes_parisiens_percu_3_ans(Variable):
    # Source of the value: Mission locale de Paris (historique des aides du fonds). A running total, not a
    # monthly flow: a yearly input is repeated on each month, never divided.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Total des aides du Fonds d'aide aux jeunes Parisiens déjà reçues par la personne au cours des trois dernières années"
    reference = "Fonds d'aide aux jeunes Parisiens : plafonds cumulés sur trois ans (Les Affiches parisiennes, 2015)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
