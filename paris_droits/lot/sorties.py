"""Where a batch run writes its results, batch after batch, whole or not at all.

- `resultats.parquet`: one Parquet file, one row group per batch (pyarrow's ParquetWriter);
- `resultats.csv`: one CSV file (RFC 4180, UTF-8, text cells neutralised against formula injection);
- `resultats.xlsx`: the tables kept in memory for a workbook (a sheet's rows bound them), written by the caller;
- `resultats` or `resultats/` (no suffix): a Parquet dataset, a folder of files `part-00000.parquet`…,
  with `_resultats.json` describing the run (readers skip files starting with `_`).

Several months (`--periode 2025-01..2025-12`) are keyed by month: a first column `periode` in a
file, one sub-folder `periode=AAAA-MM/` per month in a dataset (Hive partitioning: pyarrow and
pandas read the key back as a column). `lire_resultats` reads any of them back.

Every output is written under a temporary name and renamed once complete
(paris_droits.commun.fichiers): an interrupted run leaves the previous output, or none, never a
part of one. Per-household results are personal data: files 0600, folders 0700.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pandas
import pyarrow
import pyarrow.parquet as pq

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import dossier_atomique, ecriture_atomique
from paris_droits.commun.tableaux import neutraliser_formules

PERIODE = "periode"
DESCRIPTION = "_resultats.json"
FORMAT = "paris-droits/resultats"
SUFFIXES = (".parquet", ".csv", ".xlsx")
CLASSEUR = ".xlsx"


def est_un_jeu(chemin: Path) -> bool:
    """An output without a file suffix is a dataset folder."""
    return Path(chemin).suffix.lower() not in SUFFIXES


def verifier_jeu(chemin: Path) -> None:
    """Refuse, before any computation, a dataset output that would replace something else than a
    results dataset (a file, or a folder this program did not write)."""
    chemin = Path(chemin)
    if not chemin.exists():
        return
    if not chemin.is_dir():
        raise ErreurEntree(
            f"La sortie « {chemin} » existe et n'est pas un dossier : indiquez un nom de dossier (jeu Parquet) "
            "ou un fichier .parquet ou .csv.",
            champ="sortie",
        )
    if any(chemin.iterdir()) and not (chemin / DESCRIPTION).is_file():
        raise ErreurEntree(
            f"Le dossier « {chemin} » existe et ne contient pas de résultats de paris-droits : choisissez un autre nom "
            "(il ne sera pas remplacé).",
            champ="sortie",
        )


def _avec_periode(table: pandas.DataFrame, periode: str | None) -> pandas.DataFrame:
    if periode is None:
        return table
    return pandas.concat([pandas.DataFrame({PERIODE: pandas.Series([periode] * len(table), dtype="string")}), table], axis=1)


class _FichierParquet:
    def __init__(self, temporaire: Path):
        self.temporaire, self.ecrivain, self.schema = temporaire, None, None

    def ecrire(self, table: pandas.DataFrame, periode: str | None, _rang: int) -> None:
        arrow = pyarrow.Table.from_pandas(table, preserve_index=False)
        if periode is not None:
            arrow = arrow.add_column(0, PERIODE, pyarrow.array([periode] * len(table), type=pyarrow.string()))
        if self.ecrivain is None:
            self.schema = arrow.schema
            self.ecrivain = pq.ParquetWriter(self.temporaire, self.schema)
        self.ecrivain.write_table(arrow if arrow.schema.equals(self.schema) else arrow.cast(self.schema))

    def fermer(self) -> None:
        if self.ecrivain is not None:
            self.ecrivain.close()


class _FichierCsv:
    def __init__(self, temporaire: Path):
        self.flux = open(temporaire, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by fermer()
        self.entete = True

    def ecrire(self, table: pandas.DataFrame, periode: str | None, _rang: int) -> None:
        neutraliser_formules(_avec_periode(table, periode)).to_csv(self.flux, index=False, header=self.entete, lineterminator="\r\n")
        self.entete = False

    def fermer(self) -> None:
        self.flux.close()


class _Tables:
    """Batches kept in memory, for a workbook: `table()` gives them as one table."""

    def __init__(self):
        self.tables = []

    def ecrire(self, table: pandas.DataFrame, periode: str | None, _rang: int) -> None:
        self.tables.append(_avec_periode(table, periode))

    def fermer(self) -> None:
        """Nothing open."""

    def table(self) -> pandas.DataFrame:
        return pandas.concat(self.tables, ignore_index=True) if self.tables else pandas.DataFrame()


class _Jeu:
    def __init__(self, dossier: Path):
        self.dossier = dossier

    def ecrire(self, table: pandas.DataFrame, periode: str | None, rang: int) -> None:
        dossier = self.dossier / f"{PERIODE}={periode}" if periode is not None else self.dossier
        dossier.mkdir(exist_ok=True)
        pq.write_table(pyarrow.Table.from_pandas(table, preserve_index=False), dossier / f"part-{rang:05d}.parquet")

    def fermer(self) -> None:
        """Nothing open: each part is written whole."""


class Sortie:
    """Batches go to the writer; an empty batch is written only if nothing else is (so that an output
    of zero households still has its columns)."""

    def __init__(self, ecrivain):
        self.ecrivain, self.vide, self.lignes = ecrivain, None, 0
        self.ecrit = False

    def ecrire(self, table: pandas.DataFrame, periode: str | None = None, rang: int = 0) -> None:
        if len(table) == 0:
            self.vide = self.vide or (table, periode, rang)
            return
        self.ecrivain.ecrire(table, periode, rang)
        self.ecrit = True
        self.lignes += len(table)

    def fermer(self) -> None:
        if not self.ecrit and self.vide is not None:
            self.ecrivain.ecrire(*self.vide)
        self.ecrivain.fermer()


@contextlib.contextmanager
def ouvrir_sortie(chemin: str | Path, description: dict | None = None):
    """A writer for the results (see the module docstring): `sortie.ecrire(table, periode, rang)` per
    batch (rank: its place in the month, for a dataset's file names); written under the final name
    only when the block ends without error. `description` goes to a dataset's `_resultats.json`.
    An empty table is written only when nothing else is, so that an empty output keeps its columns."""
    chemin = Path(chemin)
    if chemin.suffix.lower() == CLASSEUR:
        sortie = Sortie(_Tables())
        try:
            yield sortie
        finally:
            sortie.fermer()
        return
    jeu = est_un_jeu(chemin)
    contexte = dossier_atomique(chemin, personnel=True) if jeu else ecriture_atomique(chemin, personnel=True)
    with contexte as temporaire:
        if jeu:
            sortie = Sortie(_Jeu(temporaire))
        elif chemin.suffix.lower() == ".csv":
            sortie = Sortie(_FichierCsv(temporaire))
        else:
            sortie = Sortie(_FichierParquet(temporaire))
        try:
            yield sortie
        finally:
            sortie.fermer()
        if jeu:
            (temporaire / DESCRIPTION).write_text(
                json.dumps({"format": FORMAT, **(description or {})}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )


def lire_resultats(chemin: str | Path) -> pandas.DataFrame:
    """Results written by `paris-droits lot` (a .parquet or .csv file, or a dataset folder), months
    keyed by their `periode` column (text AAAA-MM) when there are several."""
    chemin = Path(chemin)
    if not chemin.exists():
        raise ErreurEntree(f"Les résultats « {chemin} » n'existent pas.", fichier=str(chemin))
    if chemin.suffix.lower() == ".csv":
        return pandas.read_csv(chemin, dtype={PERIODE: "string"})
    table = pq.read_table(chemin, partitioning="hive") if chemin.is_dir() else pq.read_table(chemin)
    resultats = table.to_pandas()
    if PERIODE in resultats.columns:
        resultats[PERIODE] = resultats[PERIODE].astype("string")
        resultats = resultats[[PERIODE, *(c for c in resultats.columns if c != PERIODE)]]
    return resultats
