"""Durée du bail du logement, en mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.entities import Menage
from paris_droits.saisie import set_input_fenetre_repete


class duree_bail(Variable):
    # Source of the value: bail (durée stipulée). 0 when unknown or without a lease.
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Durée du bail du logement, en mois (0 si elle est inconnue ou sans bail)"
    reference = "Loi 89-462 du 6 juillet 1989, art. 10 et 25-7 (durée du bail ; 9 mois pour un étudiant en meublé)"
    unit = "month"
    set_input = set_input_fenetre_repete
