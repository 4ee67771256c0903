"""Household samples for batch runs: the sample, reading and writing its two tables.

A sample is two tables, ``menages`` and ``individus`` (schema in paris_droits.lot.schema,
see docs/echantillon.md), read from and written to Parquet or CSV files. Validation and
conversion live in paris_droits.lot.validation; this module re-exports the names other
modules have long imported from here.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import ecrire_texte, ecriture_atomique
from paris_droits.commun.lecture import lire_document
from paris_droits.commun.periodes import valider_mois
from paris_droits.commun.tableaux import neutraliser_formules
from paris_droits.lot.schema import (
    AGE,
    DATE_NAISSANCE,
    ID_INDIVIDU,
    ID_MENAGE,
    INDIVIDUS,
    MENAGES,
    POIDS,
    PREFIXE_PERCOIT,
    ROLE,
    TYPE_MENAGE,
    colonnes_possibles,
    date_naissance_depuis_age,
    suggestion_apres_virgule,
    variables_d_entree,
)
from paris_droits.lot.validation import Preparation, preparer, valider
from paris_droits.regles.entites import ROLES

__all__ = [
    "AGE", "DATE_NAISSANCE", "FORMATS", "ID_INDIVIDU", "ID_MENAGE", "INDIVIDUS", "MENAGES", "POIDS",
    "PREFIXE_PERCOIT", "ROLE", "ROLES", "TYPE_MENAGE", "Echantillon", "Preparation", "chemin_rejets",
    "colonnes_possibles", "date_naissance_depuis_age", "ecrire_echantillon", "ecrire_table", "lire_echantillon",
    "lire_table", "preparer", "suggestion_apres_virgule", "valider", "variables_d_entree",
]

FORMATS = (".parquet", ".csv")
FICHIER_DESCRIPTION = "echantillon.json"


@dataclass
class Echantillon:
    """A household sample: two DataFrames and the file names used in messages."""

    menages: pandas.DataFrame
    individus: pandas.DataFrame
    fichier_menages: str = MENAGES
    fichier_individus: str = INDIVIDUS
    periode: str | None = None  # the month the sample describes (echantillon.json), if it says

    def valider(self, strict: bool = False):
        return valider(self.menages, self.individus, strict=strict, fichiers=(self.fichier_menages, self.fichier_individus))


# ---------------------------------------------------------------------------
# Reading and writing


def fichier_table(dossier: Path, table: str) -> Path:
    """The file (or folder of Parquet files) holding a table of a sample: `<table>.parquet`, `<table>.csv`,
    or a folder `<table>/` (or `<table>.parquet/`) of Parquet files."""
    candidats = [dossier / f"{table}{suffixe}" for suffixe in FORMATS] + [dossier / table]
    presents = [c for c in candidats if c.exists() and (c.is_dir() or c.suffix)]
    if not presents:
        raise ErreurEntree(
            f"Le dossier « {dossier} » ne contient ni « {table}.parquet » ni « {table}.csv » (ni un dossier « {table} » "
            "de fichiers Parquet).",
            fichier=str(dossier),
        )
    if len(presents) > 1:
        noms = " et ".join(f"« {c.name} »" for c in presents)
        raise ErreurEntree(f"Le dossier « {dossier} » contient à la fois {noms} : gardez-en un seul.", fichier=str(dossier))
    return presents[0]


def est_parquet(chemin: Path) -> bool:
    """A Parquet table: a .parquet file, or a folder of Parquet files."""
    return chemin.is_dir() or chemin.suffix.lower() == ".parquet"


def _verifier_lignes(chemin: Path, separateur: str, encodage: str) -> None:
    """Every data row has as many values as the header: pandas silently pads a short row with
    empty cells (its missing values would become defaults), so count them first."""
    with chemin.open(encoding=encodage, newline="") as flux:
        lecteur = csv.reader(flux, delimiter=separateur)
        entete = next(lecteur, None)
        if entete is None:
            return
        for ligne, valeurs in enumerate(lecteur, start=1):
            if len(valeurs) != len(entete) and valeurs:
                raise ErreurEntree(
                    f"Fichier « {chemin.name} », ligne {ligne} : {len(valeurs)} valeurs au lieu de {len(entete)} "
                    "(le nombre de colonnes de l'en-tête).",
                    fichier=str(chemin),
                    ligne=ligne,
                )


def _lire_csv(chemin: Path) -> pandas.DataFrame:
    for encodage in ("utf-8-sig", "cp1252"):
        try:
            with chemin.open(encoding=encodage) as flux:
                entete = flux.readline()
            separateur = ";" if entete.count(";") > entete.count(",") else ","
            _verifier_lignes(chemin, separateur, encodage)
            # Every cell is read as text and converted column by column, so that a
            # bad cell is reported with its row instead of turning the column into text.
            return pandas.read_csv(
                chemin, sep=separateur, dtype=str, keep_default_na=False, na_filter=False, encoding=encodage
            )
        except UnicodeDecodeError:
            continue
        except pandas.errors.EmptyDataError:
            raise ErreurEntree(f"Le fichier « {chemin.name} » est vide.", fichier=str(chemin)) from None
        except pandas.errors.ParserError as erreur:
            trouve = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(erreur))
            if trouve:
                attendus, ligne, vus = (int(x) for x in trouve.groups())
                raise ErreurEntree(
                    f"Fichier « {chemin.name} », ligne {ligne - 1} : {vus} valeurs au lieu de {attendus} "
                    "(le nombre de colonnes de l'en-tête).",
                    fichier=str(chemin),
                    ligne=ligne - 1,
                ) from None
            raise ErreurEntree(f"Le fichier « {chemin.name} » n'est pas un CSV lisible.", fichier=str(chemin)) from None
    raise ErreurEntree(f"Le fichier « {chemin.name} » n'est ni en UTF-8 ni en Windows-1252.", fichier=str(chemin))


def lire_table(chemin: str | Path) -> pandas.DataFrame:
    """Read one Parquet or CSV table; ``attrs['fichier']`` keeps its name for messages."""
    chemin = Path(chemin)
    if chemin.is_dir():
        return _lire_dossier_parquet(chemin)
    if not chemin.is_file():
        raise ErreurEntree(f"Le fichier « {chemin} » n'existe pas.", fichier=str(chemin))
    if chemin.suffix.lower() == ".csv":
        table = _lire_csv(chemin)
    elif chemin.suffix.lower() == ".parquet":
        try:
            table = _lire_parquet(chemin)
        except Exception:  # pyarrow raises several types for a damaged file
            raise ErreurEntree(f"Le fichier « {chemin.name} » n'est pas un fichier Parquet lisible.", fichier=str(chemin)) from None
    else:
        raise ErreurEntree(f"Le fichier « {chemin.name} » doit se terminer par .parquet ou .csv.", fichier=str(chemin))
    table.columns = [str(nom).strip() for nom in table.columns]
    table.attrs["fichier"] = chemin.name
    return table


def _lire_parquet(chemin: Path) -> pandas.DataFrame:
    """One Parquet file as pandas reads it, without holding the file's columns twice: each Arrow
    column is freed as soon as it is converted, and the Arrow memory pool gives the memory back."""
    import pyarrow
    import pyarrow.parquet as pq

    table = pq.read_table(chemin).to_pandas(split_blocks=True, self_destruct=True)
    pyarrow.default_memory_pool().release_unused()
    return table


def _lire_dossier_parquet(chemin: Path) -> pandas.DataFrame:
    """A folder of Parquet files as one table (files in name order); messages name the folder and count
    rows across its files (a streamed run, paris_droits.lot.flux, names each file and its own line)."""
    import pyarrow

    from paris_droits.lot.flux import ouvrir_table

    table = ouvrir_table(chemin)
    resultat = pyarrow.Table.from_batches(list(table.lire()), schema=table.schema).to_pandas(split_blocks=True, self_destruct=True)
    pyarrow.default_memory_pool().release_unused()
    resultat.columns = [str(nom).strip() for nom in resultat.columns]
    resultat.attrs["fichier"] = chemin.name
    return resultat


def dossier_echantillon(chemin: str | Path) -> Path:
    """The sample's folder, or one French sentence when it is missing or not a folder."""
    chemin = Path(chemin)
    if not chemin.exists():
        raise ErreurEntree(f"L'échantillon « {chemin} » n'existe pas.", fichier=str(chemin))
    if not chemin.is_dir():
        raise ErreurEntree(
            f"L'échantillon « {chemin} » doit être un dossier contenant menages.parquet et individus.parquet "
            "(ou menages.csv et individus.csv).",
            fichier=str(chemin),
        )
    return chemin


def lire_echantillon(chemin: str | Path) -> Echantillon:
    """Read a sample directory holding menages.parquet and individus.parquet (or the same names in .csv)."""
    chemin = dossier_echantillon(chemin)
    fichier_menages = fichier_table(chemin, MENAGES)
    fichier_individus = fichier_table(chemin, INDIVIDUS)
    return Echantillon(
        menages=lire_table(fichier_menages),
        individus=lire_table(fichier_individus),
        fichier_menages=fichier_menages.name,
        fichier_individus=fichier_individus.name,
        periode=lire_periode(chemin),
    )


def lire_periode(dossier: Path) -> str | None:
    """The month a sample describes, from its `echantillon.json` ({"periode": "AAAA-MM"}), if any."""
    fichier = dossier / FICHIER_DESCRIPTION
    if not fichier.is_file():
        return None
    description = lire_document(fichier.read_bytes(), f"Le fichier « {FICHIER_DESCRIPTION} »", "json", fichier=str(fichier))
    if not isinstance(description, dict) or "periode" not in description:
        raise ErreurEntree(
            f"Le fichier « {FICHIER_DESCRIPTION} » doit donner le mois de l'échantillon : {{\"periode\": \"AAAA-MM\"}}.",
            fichier=str(fichier),
        )
    return valider_mois(str(description["periode"]), f"{FICHIER_DESCRIPTION} : periode")


def ecrire_table(table: pandas.DataFrame, chemin: str | Path, personnel: bool = False) -> Path:
    """Write a table atomically (paris_droits.commun.fichiers): either the previous file or the
    complete new one is there, never a truncated one. `personnel`: per-household data, mode 0600.
    CSV is RFC 4180 UTF-8, its text cells neutralised against formula injection.
    """
    chemin = Path(chemin)
    suffixe = chemin.suffix.lower()
    if suffixe not in FORMATS:
        raise ErreurEntree(
            f"Le fichier de sortie « {chemin.name} » doit se terminer par .parquet ou .csv.", champ="sortie", fichier=str(chemin)
        )
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    if not dossier.is_dir():
        raise ErreurEntree(f"Le dossier « {dossier} » du fichier de sortie n'existe pas.", champ="sortie", fichier=str(chemin))
    with ecriture_atomique(chemin, personnel) as temporaire:
        if suffixe == ".parquet":
            table.to_parquet(temporaire, index=False)
        else:
            neutraliser_formules(table).to_csv(temporaire, index=False, lineterminator="\r\n")  # RFC 4180
    return chemin


def ecrire_echantillon(echantillon: Echantillon, dossier: str | Path, format: str = "parquet") -> Path:
    """Write menages.<format> and individus.<format> into `dossier` (created if needed), atomically,
    and `echantillon.json` with the sample's month when it has one."""
    dossier = Path(dossier)
    if format not in ("parquet", "csv"):
        raise ErreurEntree(f"Le format « {format} » est inconnu (parquet ou csv).", champ="format")
    dossier.mkdir(parents=True, exist_ok=True)
    ecrire_table(echantillon.menages, dossier / f"{MENAGES}.{format}")
    ecrire_table(echantillon.individus, dossier / f"{INDIVIDUS}.{format}")
    if echantillon.periode:
        ecrire_texte(dossier / FICHIER_DESCRIPTION, json.dumps({"periode": echantillon.periode}) + "\n")
    return dossier


def chemin_rejets(sortie: str | Path) -> Path:
    """resultats.parquet → resultats.parquet.rejets.csv, in the same directory: named from the whole
    output name, so that x.csv and x.parquet never share a rejects file."""
    sortie = Path(sortie)
    return sortie.with_name(f"{sortie.name}.rejets.csv")

