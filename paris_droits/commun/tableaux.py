"""Tables written for people to open in a spreadsheet: CSV cells that a spreadsheet would run as a
formula are neutralised (CSV injection, OWASP), numbers are left alone; workbooks (.xlsx) with one
sheet per table, French column titles, euro formats and a frozen header.

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
which spreadsheets show as text and never evaluate. A cell that reads as a number (`-12.5`,
`+33`) is kept as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy
import pandas
from pandas.api import types as ptypes

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import ecriture_atomique

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


# --- Workbooks (.xlsx) for people ---------------------------------------------------------------------

LIGNES_MAX_XLSX = 1_048_575  # a sheet holds 1 048 576 rows, the header included
FORMATS_NOMBRE = {
    "euros": '#,##0.00\\ "€"',
    "euros_entiers": '#,##0\\ "€"',
    "pourcentage": "0.0\\ %",
    "nombre": "#,##0.##",
    "entier": "#,##0",
}
LARGEUR_MAX_COLONNE = 60


@dataclass
class Feuille:
    """One table of a workbook: its sheet name, the data, French column titles and number formats
    (`formats`: column → a key of FORMATS_NOMBRE)."""

    nom: str
    table: pandas.DataFrame
    titres: dict[str, str] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)


def _valeur(valeur):
    """A cell value openpyxl writes as it is: missing values empty, numpy scalars as Python, booleans in French."""
    if valeur is None or (isinstance(valeur, float) and math.isnan(valeur)) or valeur is pandas.NA:
        return None
    if isinstance(valeur, (bool, numpy.bool_)):
        return "oui" if valeur else "non"
    if isinstance(valeur, numpy.generic):
        return valeur.item()
    return valeur


def ecrire_classeur(chemin, feuilles: list[Feuille], personnel: bool = False):
    """Write a .xlsx workbook atomically: one sheet per table, French titles in bold, frozen header,
    euro and percentage formats, text cells neutralised against formula injection."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    classeur = Workbook(write_only=True)
    for feuille in feuilles:
        if len(feuille.table) > LIGNES_MAX_XLSX:
            raise ErreurEntree(
                f"La table « {feuille.nom} » a {len(feuille.table)} lignes, plus qu'une feuille de tableur n'en contient "
                f"({LIGNES_MAX_XLSX} lignes) : écrivez un fichier .parquet ou .csv.",
                champ="sortie",
            )
        onglet = classeur.create_sheet(title=feuille.nom[:31])
        onglet.freeze_panes = "A2"
        table = neutraliser_formules(feuille.table)
        colonnes = list(table.columns)
        for rang, colonne in enumerate(colonnes, start=1):
            titre = feuille.titres.get(colonne, colonne)
            largeur = max(len(titre), *(len(str(v)) for v in table[colonne].head(200).tolist()), 8) if len(table) else len(titre)
            onglet.column_dimensions[get_column_letter(rang)].width = min(largeur + 2, LARGEUR_MAX_COLONNE)
        entete = []
        for colonne in colonnes:
            cellule = WriteOnlyCell(onglet, value=feuille.titres.get(colonne, colonne))
            cellule.font = Font(bold=True)
            entete.append(cellule)
        onglet.append(entete)
        formats = [FORMATS_NOMBRE.get(feuille.formats.get(c, "")) for c in colonnes]
        for ligne in table.itertuples(index=False, name=None):
            cellules = []
            for valeur, format_nombre in zip(ligne, formats, strict=True):
                cellule = WriteOnlyCell(onglet, value=_valeur(valeur))
                if format_nombre and isinstance(cellule.value, (int, float)):
                    cellule.number_format = format_nombre
                cellules.append(cellule)
            onglet.append(cellules)
    with ecriture_atomique(chemin, personnel) as temporaire:
        classeur.save(temporaire)
    return chemin
