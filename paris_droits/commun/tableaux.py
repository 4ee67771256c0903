"""Tables written for people to open in a spreadsheet: cells that a spreadsheet would run as a formula
are neutralised (CSV injection, OWASP), numbers are left alone.

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
which spreadsheets show as text and never evaluate. A cell that reads as a number (`-12.5`,
`+33`) is kept as it is.
"""

from __future__ import annotations

import pandas
from pandas.api import types as ptypes

DEBUTS_DANGEREUX = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISANT = "'"


def neutraliser_formules(table: pandas.DataFrame) -> pandas.DataFrame:
    """A copy of `table` whose text cells cannot be run as spreadsheet formulas."""
    sortie = table.copy(deep=False)
    for colonne in sortie.columns:
        serie = sortie[colonne]
        if not (ptypes.is_object_dtype(serie) or ptypes.is_string_dtype(serie) or isinstance(serie.dtype, pandas.CategoricalDtype)):
            continue
        textes = serie.astype(object).where(serie.notna(), None)
        est_texte = textes.map(lambda v: isinstance(v, str))
        chaines = textes.where(est_texte, "").astype(str)
        dangereux = est_texte & chaines.str.startswith(DEBUTS_DANGEREUX)
        if not dangereux.any():
            continue
        nombres = pandas.to_numeric(chaines.where(dangereux, ""), errors="coerce").notna()
        a_neutraliser = dangereux & ~nombres
        sortie[colonne] = textes.where(~a_neutraliser, NEUTRALISANT + chaines)
    return sortie
