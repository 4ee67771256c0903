"""Samples of households: schema, reading and validation, and the batch runner that computes every aid for every household."""

from paris_droits.lot.calcul import aides_non_encodees, calculer, simuler
from paris_droits.lot.echantillon import Echantillon, lire_echantillon
from paris_droits.lot.validation import Preparation, preparer, valider

__all__ = ["Echantillon", "Preparation", "aides_non_encodees", "calculer", "lire_echantillon", "preparer", "simuler", "valider"]
