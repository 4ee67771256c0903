"""Streamed batch runs: a sample read by household-aligned batches, validated and computed batch by
batch, so that the memory a run needs does not grow with the sample.

A Parquet table is one file (`menages.parquet`) or a folder of Parquet files (`menages/` or
`menages.parquet/`, read in name order). A run reads it twice:

1. **The index** (identifier columns only): identifiers filled and unique over the whole table,
   every person's household present: the defects that make the sample unusable are caught
   exactly as on a sample held in memory, whatever batch the two rows fall in. Each person gets
   the batch of her household (households are cut in batches of `taille_lot` in file order).
   About 20 bytes per person and 16 per household for integer identifiers, freed after the index.
2. **The batches**: households [k × taille_lot, (k + 1) × taille_lot) with all their persons,
   validated (paris_droits.lot.validation, row defects reject their household, messages name
   the file and its line) and computed on the backend. When the persons file follows the order
   of the households, each batch's persons are a run of rows read in order; otherwise they are
   first sorted into temporary Arrow files, one per group of batches (in the system's temporary
   folder, `TMPDIR`), in one more pass.

Households in = households computed + households rejected, batch by batch and in total (checked).
A sample held in memory (CSV files, an Echantillon) goes through the same batches (SourceMemoire).
"""

from __future__ import annotations

import collections
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
import pandas
import pyarrow
import pyarrow.compute as pc
import pyarrow.ipc
import pyarrow.parquet as pq

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.calcul import assembler, calculer_tranche
from paris_droits.lot.schema import (
    ID_INDIVIDU,
    ID_MENAGE,
    INDIVIDUS,
    MENAGES,
    classer_colonnes,
    systeme_ou_defaut,
)
from paris_droits.lot.validation import Origine, affiche, erreur_de_ligne, preparer, relier, verifier_doublons

LIGNES_LECTURE = 65_536  # rows per Parquet read batch
SEAUX_MAX = 128  # temporary files open at once when persons are not in household order
LOT = "__lot__"
LIGNE = "__ligne__"


# --- Parquet tables: one file or a folder of files ------------------------------------------------------


def _illisible(nom: str) -> ErreurEntree:
    return ErreurEntree(f"Le fichier « {nom} » n'est pas un fichier Parquet lisible.", fichier=nom)


@dataclass
class TableParquet:
    """A table stored as one Parquet file or a folder of Parquet files."""

    nom: str  # how messages about the whole table name it
    fichiers: list[Path]
    noms: list[str]  # how messages name each file
    lignes: numpy.ndarray  # rows per file
    schema: pyarrow.Schema

    @property
    def debuts(self) -> numpy.ndarray:
        return numpy.concatenate([[0], numpy.cumsum(self.lignes)[:-1]]).astype(numpy.int64)

    @property
    def total(self) -> int:
        return int(self.lignes.sum())

    def origine(self, lignes=0) -> Origine:
        return Origine(self.noms, self.debuts, lignes)

    def lire(self, colonnes=None) -> Iterator[pyarrow.RecordBatch]:
        """Every row in order, a read batch at a time, in the first file's types."""
        schema = self.schema if colonnes is None else pyarrow.schema([self.schema.field(c) for c in colonnes])
        for fichier, nom in zip(self.fichiers, self.noms, strict=True):
            try:
                for morceau in pq.ParquetFile(fichier).iter_batches(batch_size=LIGNES_LECTURE, columns=colonnes):
                    yield morceau if morceau.schema.equals(schema) else pyarrow.Table.from_batches([morceau]).cast(schema).to_batches()[0]
            except (pyarrow.ArrowInvalid, pyarrow.ArrowNotImplementedError, OSError):
                raise _illisible(nom) from None


def _fichiers_parquet(chemin: Path) -> list[Path]:
    if chemin.is_file():
        return [chemin]
    fichiers = sorted(f for f in chemin.rglob("*.parquet") if f.is_file() and not f.name.startswith((".", "_")))
    if not fichiers:
        raise ErreurEntree(f"Le dossier « {chemin.name} » ne contient aucun fichier .parquet.", fichier=str(chemin))
    return fichiers


def ouvrir_table(chemin: Path) -> TableParquet:
    """A Parquet table's files, their row counts and schema (nothing else is read)."""
    fichiers = _fichiers_parquet(chemin)
    noms = [chemin.name] if chemin.is_file() else [f"{chemin.name}/{f.relative_to(chemin).as_posix()}" for f in fichiers]
    lignes, schema = [], None
    for fichier, nom in zip(fichiers, noms, strict=True):
        try:
            lu = pq.ParquetFile(fichier)
            lignes.append(lu.metadata.num_rows)
            propre = lu.schema_arrow
        except (pyarrow.ArrowInvalid, OSError):
            raise _illisible(nom) from None
        if schema is None:
            schema = propre
        elif propre.names != schema.names:
            raise ErreurEntree(
                f"Le fichier « {nom} » n'a pas les mêmes colonnes que « {noms[0]} » : tous les fichiers d'une table "
                "doivent avoir les mêmes colonnes, dans le même ordre.",
                fichier=nom,
            )
    return TableParquet(chemin.name, fichiers, noms, numpy.asarray(lignes, dtype=numpy.int64), schema.remove_metadata())


class _Decoupe:
    """Consecutive row ranges of a table, read in order (never more than a range and a read batch)."""

    def __init__(self, table: TableParquet):
        self._flux = table.lire()
        self._tampon: list[pyarrow.RecordBatch] = []
        self._dans_tampon = 0
        self._schema = table.schema

    def prendre(self, nombre: int) -> pyarrow.Table:
        """The next `nombre` rows."""
        while self._dans_tampon < nombre:
            morceau = next(self._flux)
            self._tampon.append(morceau)
            self._dans_tampon += morceau.num_rows
        table = pyarrow.Table.from_batches(self._tampon, schema=self._schema)
        pris, reste = table.slice(0, nombre), table.slice(nombre)
        self._tampon = reste.to_batches() if reste.num_rows else []
        self._dans_tampon = reste.num_rows
        return pris


# --- The index: identifiers over the whole sample --------------------------------------------------------


def _entier(type_arrow) -> bool:
    return pyarrow.types.is_integer(type_arrow)


def _en_texte(morceau: pyarrow.Array) -> pyarrow.Array:
    """Identifiers as text, as a sample held in memory compares them (12, 12.0 and ' 12 ' are « 12 »)."""
    if pyarrow.types.is_dictionary(morceau.type):
        morceau = morceau.dictionary_decode()
    if pyarrow.types.is_floating(morceau.type):
        valeurs = morceau.to_numpy(zero_copy_only=False)
        entiers = numpy.isfinite(valeurs) & (valeurs == numpy.round(valeurs))
        textes = numpy.where(entiers, numpy.where(entiers, valeurs, 0).astype(numpy.int64).astype(str), valeurs.astype(str))
        return pyarrow.array(textes, mask=numpy.isnan(valeurs), type=pyarrow.large_string())
    return pc.utf8_trim_whitespace(pc.cast(morceau, pyarrow.large_string()))


def _vides(morceau: pyarrow.Array) -> numpy.ndarray:
    vides = pc.is_null(morceau)
    if pyarrow.types.is_string(morceau.type) or pyarrow.types.is_large_string(morceau.type):
        vides = pc.or_(vides, pc.equal(morceau, ""))
    return numpy.asarray(vides.to_numpy(zero_copy_only=False), dtype=bool)


def _cles(table: TableParquet, colonne: str, texte: bool):
    """The column's identifiers over the whole table: int64 numpy, or Arrow text; an empty one raises."""
    morceaux, lu = [], 0
    for morceau in table.lire([colonne]):
        valeurs = morceau.column(0)
        if texte:
            valeurs = _en_texte(valeurs)
        vides = _vides(valeurs)
        if vides.any():
            raise erreur_de_ligne(table.origine(lu), int(numpy.flatnonzero(vides)[0]), colonne, "l'identifiant est vide")
        morceaux.append(valeurs if texte else valeurs.to_numpy().astype(numpy.int64, copy=False))
        lu += morceau.num_rows
    if texte:
        return pyarrow.chunked_array(morceaux, type=pyarrow.large_string()).combine_chunks()
    return numpy.concatenate(morceaux) if morceaux else numpy.zeros(0, dtype=numpy.int64)


def _doublons(cles, table: TableParquet, colonne: str) -> None:
    """Duplicates over the whole table raise, with the message a sample held in memory gives."""
    if isinstance(cles, numpy.ndarray):
        tries = numpy.sort(cles)
        present = bool((tries[1:] == tries[:-1]).any())
        del tries
    else:
        present = len(pc.unique(cles)) < len(cles)
    if present:  # rare: the exact rows, through pandas
        index = pandas.Index(cles if isinstance(cles, numpy.ndarray) else cles.to_numpy(zero_copy_only=False))
        verifier_doublons(index, table.origine(), colonne)


def _joindre(cles_mi, cles_m, individus: TableParquet, nom_menages: str) -> numpy.ndarray:
    """Each person's household row (int64); a person whose household is missing raises."""
    if isinstance(cles_m, numpy.ndarray):
        ordre = numpy.argsort(cles_m, kind="stable")
        tries = cles_m[ordre]
        rangs = numpy.minimum(numpy.searchsorted(tries, cles_mi), max(len(tries) - 1, 0))
        trouves = (tries[rangs] == cles_mi) if len(tries) else numpy.zeros(len(cles_mi), dtype=bool)
        lignes = ordre[rangs] if len(tries) else numpy.zeros(len(cles_mi), dtype=numpy.int64)
    else:
        positions = pc.index_in(cles_mi, value_set=cles_m)
        trouves = numpy.asarray(pc.is_valid(positions).to_numpy(zero_copy_only=False), dtype=bool)
        lignes = positions.fill_null(0).to_numpy().astype(numpy.int64)
    if not trouves.all():
        position = int(numpy.flatnonzero(~trouves)[0])
        valeur = cles_mi[position] if isinstance(cles_mi, numpy.ndarray) else cles_mi[position].as_py()
        raise erreur_de_ligne(
            individus.origine(), position, ID_MENAGE, f"le ménage « {affiche(valeur)} » n'existe pas dans « {nom_menages} »"
        )
    return lignes


@dataclass
class Index:
    """What the first pass learns: the households, and where each batch's persons are."""

    nombre_menages: int
    nombre_individus: int
    taille_lot: int
    bornes: numpy.ndarray | None  # persons of batch k: rows [bornes[k], bornes[k + 1]) (persons in household order)
    lot_des_individus: numpy.ndarray | None  # otherwise, each person's batch

    @property
    def nombre_lots(self) -> int:
        return -(-self.nombre_menages // self.taille_lot)


def indexer(menages: TableParquet, individus: TableParquet, taille_lot: int) -> Index:
    """The sample-level checks over the whole sample, in the order a sample held in memory makes them."""
    texte = not all(_entier(t.schema.field(ID_MENAGE).type) for t in (menages, individus))
    cles_m = _cles(menages, ID_MENAGE, texte)
    if len(cles_m) == 0:
        raise ErreurEntree(f"Fichier « {menages.nom} » : aucun ménage.", fichier=menages.nom)
    cles_mi = _cles(individus, ID_MENAGE, texte)
    _doublons(cles_m, menages, ID_MENAGE)
    cles_i = _cles(individus, ID_INDIVIDU, not _entier(individus.schema.field(ID_INDIVIDU).type))
    _doublons(cles_i, individus, ID_INDIVIDU)
    del cles_i
    lots = (_joindre(cles_mi, cles_m, individus, menages.nom) // taille_lot).astype(numpy.int32)
    del cles_mi, cles_m
    ordonnes = bool((lots[1:] >= lots[:-1]).all())
    index = Index(menages.total, individus.total, taille_lot, None, None)
    if ordonnes:
        index.bornes = numpy.searchsorted(lots, numpy.arange(index.nombre_lots + 1)).astype(numpy.int64)
    else:
        index.lot_des_individus = lots
    return index


# --- Persons not in household order: sorted into temporary files by batch ---------------------------------


class _Seaux:
    """Persons sorted by batch into temporary Arrow files (one per group of consecutive batches),
    each row with its batch and its global row; read back batch after batch."""

    def __init__(self, individus: TableParquet, index: Index):
        self.dossier = Path(tempfile.mkdtemp(prefix="paris-droits-lot-"))
        self.par_seau = max(1, -(-index.nombre_lots // SEAUX_MAX))
        self._courant: tuple[int, pyarrow.Table] | None = None
        try:
            self._remplir(individus, index.lot_des_individus)
        except BaseException:
            self.fermer()
            raise

    def _chemin(self, seau: int) -> Path:
        return self.dossier / f"seau-{seau:05d}.arrow"

    def _remplir(self, individus: TableParquet, lots: numpy.ndarray) -> None:
        schema = individus.schema.append(pyarrow.field(LOT, pyarrow.int32())).append(pyarrow.field(LIGNE, pyarrow.int64()))
        ecrivains: dict[int, pyarrow.ipc.RecordBatchStreamWriter] = {}
        lu = 0
        try:
            for morceau in individus.lire():
                lots_morceau = lots[lu:lu + morceau.num_rows]
                table = pyarrow.Table.from_batches([morceau]).append_column(LOT, pyarrow.array(lots_morceau))
                table = table.append_column(LIGNE, pyarrow.array(numpy.arange(lu, lu + morceau.num_rows, dtype=numpy.int64)))
                seaux = lots_morceau // self.par_seau
                ordre = numpy.argsort(seaux, kind="stable")
                bornes = numpy.flatnonzero(numpy.diff(seaux[ordre])) + 1
                for groupe in numpy.split(ordre, bornes):
                    if len(groupe) == 0:
                        continue
                    seau = int(seaux[groupe[0]])
                    if seau not in ecrivains:
                        ecrivains[seau] = pyarrow.ipc.new_stream(self._chemin(seau), schema)
                    ecrivains[seau].write_table(table.take(groupe))
                lu += morceau.num_rows
        finally:
            for ecrivain in ecrivains.values():
                ecrivain.close()

    def individus(self, lot: int) -> tuple[pyarrow.Table, numpy.ndarray]:
        """The persons of a batch, in file order, and their global rows."""
        seau = lot // self.par_seau
        if self._courant is None or self._courant[0] != seau:
            chemin = self._chemin(seau)
            table = pyarrow.ipc.open_stream(chemin).read_all() if chemin.exists() else None
            self._courant = (seau, table)
        table = self._courant[1]
        if table is None:
            return None, numpy.zeros(0, dtype=numpy.int64)
        choisis = table.filter(pc.equal(table[LOT], lot))
        return choisis.drop_columns([LOT, LIGNE]), choisis[LIGNE].to_numpy()

    def fermer(self) -> None:
        self._courant = None
        shutil.rmtree(self.dossier, ignore_errors=True)


# --- Sources: where a run's batches come from -----------------------------------------------------------


@dataclass
class Lot:
    """One batch of households with all their persons, as tables, and where their rows come from."""

    rang: int
    menages: pandas.DataFrame
    individus: pandas.DataFrame
    origines: tuple[Origine, Origine]


class SourceParquet:
    """A Parquet sample, read by batches (see the module docstring)."""

    def __init__(self, menages: TableParquet, individus: TableParquet):
        self.tables = (menages, individus)
        self.fichiers = (menages.nom, individus.nom)
        self.colonnes = (menages.schema.names, individus.schema.names)

    @property
    def nombre_menages(self) -> int:
        return self.tables[0].total

    def lots(self, taille_lot: int, index: Index | None = None) -> Iterator[Lot]:
        menages, individus = self.tables
        index = index or indexer(menages, individus, taille_lot)
        decoupe_m = _Decoupe(menages)
        decoupe_i = _Decoupe(individus) if index.bornes is not None else None
        seaux = _Seaux(individus, index) if index.bornes is None else None
        try:
            for lot in range(index.nombre_lots):
                debut = lot * taille_lot
                table_m = decoupe_m.prendre(min(taille_lot, index.nombre_menages - debut))
                if seaux is None:
                    table_i = decoupe_i.prendre(int(index.bornes[lot + 1] - index.bornes[lot]))
                    lignes_i = int(index.bornes[lot])
                else:
                    table_i, lignes_i = seaux.individus(lot)
                    table_i = table_i if table_i is not None else individus.schema.empty_table()
                yield Lot(lot, table_m.to_pandas(), table_i.to_pandas(), (menages.origine(debut), individus.origine(lignes_i)))
        finally:
            if seaux is not None:
                seaux.fermer()


class SourceMemoire:
    """A sample already in memory (CSV files, an Echantillon): the same batches, cut from its tables."""

    def __init__(self, menages: pandas.DataFrame, individus: pandas.DataFrame, fichiers: tuple[str, str] = (MENAGES, INDIVIDUS)):
        self.menages, self.individus = menages.reset_index(drop=True), individus.reset_index(drop=True)
        self.fichiers = fichiers
        self.colonnes = (list(menages.columns), list(individus.columns))

    @property
    def nombre_menages(self) -> int:
        return len(self.menages)

    def lots(self, taille_lot: int, index=None) -> Iterator[Lot]:
        if len(self.menages) == 0:
            raise ErreurEntree(f"Fichier « {self.fichiers[0]} » : aucun ménage.", fichier=self.fichiers[0])
        lots = relier(self.menages, self.individus, self.fichiers) // taille_lot
        ordre = numpy.argsort(lots, kind="stable")
        bornes = numpy.searchsorted(lots[ordre], numpy.arange(-(-len(self.menages) // taille_lot) + 1))
        debuts = numpy.zeros(1, dtype=numpy.int64)
        for lot in range(len(bornes) - 1):
            debut = lot * taille_lot
            choisis = ordre[bornes[lot]:bornes[lot + 1]]
            yield Lot(
                lot, self.menages.iloc[debut:debut + taille_lot], self.individus.iloc[choisis],
                (Origine([self.fichiers[0]], debuts, debut), Origine([self.fichiers[1]], debuts, choisis)),
            )


def verifier_colonnes(source) -> None:
    """A missing, unknown or misplaced column stops the run before anything is read (French error)."""
    systeme = systeme_ou_defaut()
    (fichier_m, fichier_i), (colonnes_m, colonnes_i) = source.fichiers, source.colonnes
    classer_colonnes(MENAGES, list(colonnes_m), fichier_m, fichier_i, systeme)
    classer_colonnes(INDIVIDUS, list(colonnes_i), fichier_i, fichier_m, systeme)


# --- The run: batches validated, computed on the backend, handed back in order --------------------------


def calculer_flux(source, calcul, execution, taille_lot: int, strict: bool = False, avancer=lambda taille: None,
                  index: Index | None = None) -> Iterator[tuple[pandas.DataFrame, pandas.DataFrame]]:
    """(results, rejects) of each batch, in order: households in = results + rejects, batch by batch.

    `calcul`: paris_droits.lot.calcul.preparer_calcul (the month, the variables, the reforms);
    `execution`: an open backend (paris_droits.lot.moteurs.ouvrir)."""
    attente: collections.deque = collections.deque()

    def taches():
        for lot in source.lots(taille_lot, index):
            preparation = preparer(lot.menages, lot.individus, strict=strict, fichiers=source.fichiers, periode=calcul.periode,
                                   origines=lot.origines)
            identifiants = preparation.menages_ok[ID_MENAGE].array
            attente.append((len(lot.menages), identifiants, preparation.poids, preparation.rejets, len(identifiants) > 0))
            avancer(len(preparation.rejets))
            if len(identifiants):
                yield from calcul.taches(preparation, len(lot.menages))

    def sortir(entree, resultat):
        nombre, identifiants, poids, rejets, _ = entree
        resultats = assembler(calcul, [resultat] if resultat is not None else [], identifiants, poids)
        if nombre != len(resultats) + len(rejets):
            raise AssertionError(f"{nombre} ménages lus, {len(resultats)} calculés et {len(rejets)} rejetés")
        return resultats, rejets

    for _, resultat in execution.executer(taches(), calculer_tranche, avancer, partager=(0,)):
        entree = attente.popleft()
        while not entree[4]:
            yield sortir(entree, None)
            entree = attente.popleft()
        yield sortir(entree, resultat)
    while attente:
        yield sortir(attente.popleft(), None)
