"""Durée du bail du logement, en mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class duree_bail(Variable):
    # Source of the value: bail (durée stipulée). Default: a one-year lease, the legal length of a
    # furnished lease (loi 89-462 art. 25-7); 0 for no lease. evaluer still asks for the lease.
    value_type = int
    default_value = 12
    entity = Menage
    definition_period = MONTH
    label = "Durée du bail du logement, en mois (un an par défaut ; 0 sans bail)"
    reference = "Loi 89-462 du 6 juillet 1989, art. 10 et 25-7 (durée du bail ; 9 mois pour un étudiant en meublé)"
    unit = "month"
    set_input = set_input_fenetre_repete
