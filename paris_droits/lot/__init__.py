"""Samples of households: schema, reading and validation, and the batch runner that computes every aid for every household."""

from paris_droits.lot.calcul import aides_non_encodees, calculer, simuler, simuler_par_mois
from paris_droits.lot.echantillon import Echantillon, lire_echantillon
from paris_droits.lot.moteurs import Moteur, moteur
from paris_droits.lot.sorties import lire_resultats
from paris_droits.lot.validation import Preparation, preparer, valider

__all__ = [
    "Echantillon", "Moteur", "Preparation", "aides_non_encodees", "calculer", "lire_echantillon", "lire_resultats", "moteur", "preparer",
    "simuler", "simuler_par_mois", "valider",
]
