"""Reforms on a sample: the baseline against coded or YAML reforms, with costs, winners and losers."""

from paris_droits.reformes.comparaison import Comparaison, comparer
from paris_droits.regles.reformes import (
    appliquer,
    classe_reforme,
    lire_reforme_parametrique,
    reformes_codees,
    reformes_parametriques,
)

__all__ = ["Comparaison", "appliquer", "classe_reforme", "comparer", "lire_reforme_parametrique", "reformes_codees", "reformes_parametriques"]
