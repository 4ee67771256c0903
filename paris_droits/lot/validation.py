"""Validation and conversion of a household sample (schema in paris_droits.lot.schema).

Validation answers in French with one sentence naming the file, the column and
the row ("ligne 1" is the first data row, the header is not counted). Defects
that make the whole sample unusable (missing or unknown column, duplicate or
empty identifier, person whose household does not exist) raise ErreurEntree.
Defects confined to one household (a bad cell, an unknown role, no or two
reference persons, no member) reject that household with all its persons: it
goes to the rejects table with its reason, or raises with ``strict=True``.
Households in = households kept + rejected households, always.

Core's ``join_with_persons`` silently mis-assigns persons when a household has no
member and turns unknown roles into the first role: everything is checked here
before a simulation is built (paris_droits.lot.calcul).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import numpy
import pandas
from pandas.api import types as ptypes

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.schema import (
    CODES_ROLES,
    ID_INDIVIDU,
    ID_MENAGE,
    INDIVIDUS,
    MENAGES,
    POIDS,
    ROLE,
    classer_colonnes,
    suggestion_apres_virgule,
    systeme_ou_defaut,
)
from paris_droits.regles.bornes import AGE_MAX, DATE_MIN, DUREE_ATTRIBUTION_MAX_MOIS, UNITE_MONNAIE, bornes
from paris_droits.regles.bornes import nombre as nombre_en_lettres
from paris_droits.regles.couverture import DERNIER_MOIS, fin_du_mois
from paris_droits.regles.entites import ROLES

VRAIS = ("true", "vrai", "oui", "yes", "1", "1.0")
FAUX = ("false", "faux", "non", "no", "0", "0.0")
FORMATS_DATE = ("%Y-%m-%d", "%d/%m/%Y")
LONGUEUR_DEPCOM = 5
ARRONDISSEMENTS = ("75101", "75120")
AFFICHAGE_MAX = 40
ARTICLES = {"personne_de_reference": "une", "conjoint": "un"}

# Validation levels: a bad cell explains a household's rejection better than
# the structural defects it may cause (an unknown role also leaves no reference person).
NIVEAU_CELLULE = 0
NIVEAU_STRUCTURE = 1
DERNIER_MOIS_FIN = fin_du_mois(DERNIER_MOIS.strftime("%Y-%m"))
# The end of a right (date_fin_<aide>) lies at most the longest attribution period after the last month covered.
_RANG_FIN_DROITS = DERNIER_MOIS.year * 12 + DERNIER_MOIS.month - 1 + DUREE_ATTRIBUTION_MAX_MOIS
DATE_FIN_DROIT_MAX = fin_du_mois(f"{_RANG_FIN_DROITS // 12}-{_RANG_FIN_DROITS % 12 + 1:02d}")


@dataclass
class Preparation:
    """Validated sample, with the arrays a simulation needs (used by paris_droits.lot).

    Arrays are aligned on ``menages_ok`` and ``individus_ok``; enum inputs are int
    codes (rank in ``possible_values``), dates datetime64[D].
    """

    menages_ok: pandas.DataFrame
    individus_ok: pandas.DataFrame
    rejets: pandas.DataFrame
    entrees_menages: dict[str, numpy.ndarray] = field(default_factory=dict)
    entrees_individus: dict[str, numpy.ndarray] = field(default_factory=dict)
    menage_des_individus: numpy.ndarray | None = None  # row of menages_ok of each person
    roles: numpy.ndarray | None = None  # int codes, see CODES_ROLES
    poids: numpy.ndarray | None = None



# ---------------------------------------------------------------------------
# Cell conversion: each returns (values, rows in error, French clause per row in error)


def affiche(valeur) -> str:
    """A cell value as messages show it (a whole float without its .0, at most AFFICHAGE_MAX characters)."""
    if isinstance(valeur, float) and numpy.isfinite(valeur) and valeur == int(valeur):
        texte = str(int(valeur))
    else:
        texte = str(valeur)
    return texte if len(texte) <= AFFICHAGE_MAX else texte[: AFFICHAGE_MAX - 1] + "…"


def _textes(serie: pandas.Series) -> pandas.Series:
    """Stripped text of each cell, '' for a missing one."""
    objets = serie.astype(object)
    manquants = objets.isna()
    return objets.where(~manquants, "").astype(str).str.strip()


class _Erreurs:
    """Rows in error within one column, with a French clause each."""

    def __init__(self, taille: int):
        self.masque = numpy.zeros(taille, dtype=bool)
        self.textes: dict[int, str] = {}

    def ajouter(self, masque: numpy.ndarray, source, gabarit: str) -> None:
        """Flag rows (the first defect of a row wins); `source` gives the value shown (a Series or an array)."""
        nouveaux = numpy.asarray(masque, dtype=bool) & ~self.masque
        self.masque |= nouveaux
        for position in numpy.flatnonzero(nouveaux):
            valeur = source.iloc[position] if isinstance(source, pandas.Series) else source[position].item()
            self.textes[int(position)] = gabarit.format(valeur=affiche(valeur))


def _nombres(serie: pandas.Series):
    """float64 values, empty mask, unparsable mask."""
    if ptypes.is_numeric_dtype(serie) and not ptypes.is_bool_dtype(serie):
        valeurs = serie.to_numpy(dtype=numpy.float64, na_value=numpy.nan)
        return valeurs, numpy.isnan(valeurs), numpy.zeros(len(serie), dtype=bool)
    textes = _textes(serie)
    vides = textes == ""
    normalises = textes.str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.replace(",", ".", regex=False)
    valeurs = pandas.to_numeric(normalises.where(~vides, ""), errors="coerce").to_numpy(dtype=numpy.float64, na_value=numpy.nan)
    illisibles = numpy.isnan(valeurs) & ~vides.to_numpy()
    return valeurs, vides.to_numpy(), illisibles


def _convertir_nombre(serie, defaut, entier: bool, limites: tuple[float, float] | None = None, unite: str = ""):
    """Numbers with their defects: unreadable (« NaN » text included), infinite, negative, not whole,
    above the input bounds (paris_droits.regles.bornes)."""
    valeurs, vides, illisibles = _nombres(serie)
    erreurs = _Erreurs(len(serie))
    erreurs.ajouter(illisibles, serie, "« {valeur} » n'est pas un nombre")
    erreurs.ajouter(numpy.isinf(valeurs), serie, "« {valeur} » n'est pas un nombre fini")
    with numpy.errstate(invalid="ignore"):
        erreurs.ajouter(valeurs < 0, valeurs, "la valeur ne peut pas être négative ({valeur})")
        if entier:
            erreurs.ajouter(numpy.isfinite(valeurs) & (valeurs != numpy.round(valeurs)), serie, "« {valeur} » n'est pas un nombre entier")
        if limites is not None:
            maximum = limites[1]
            erreurs.ajouter(valeurs > maximum, serie, f"« {{valeur}} » dépasse la valeur maximale admise ({nombre_en_lettres(maximum)}{unite})")
    valeurs = numpy.where(vides | erreurs.masque, defaut, valeurs)
    if entier:
        # OpenFisca's integers are int32; every integer input has bounds well inside (paris_droits.regles.bornes).
        valeurs = valeurs.astype(numpy.int32 if limites is not None and limites[1] < numpy.iinfo(numpy.int32).max else numpy.int64)
    return valeurs, erreurs


def _convertir_booleen(serie, defaut):
    erreurs = _Erreurs(len(serie))
    if ptypes.is_bool_dtype(serie) and not serie.isna().any():
        return serie.to_numpy(dtype=bool), erreurs
    if ptypes.is_numeric_dtype(serie) and not ptypes.is_bool_dtype(serie):
        nombres = serie.to_numpy(dtype=numpy.float64, na_value=numpy.nan)
        vides = numpy.isnan(nombres)
        erreurs.ajouter(~vides & (nombres != 0) & (nombres != 1), serie, "« {valeur} » n'est ni vrai ni faux (attendu : vrai/faux, oui/non, true/false ou 1/0)")
        return numpy.where(vides | erreurs.masque, defaut, nombres == 1), erreurs
    textes = _textes(serie).str.lower()
    vrais = textes.isin(VRAIS).to_numpy()
    faux = textes.isin(FAUX).to_numpy()
    vides = (textes == "").to_numpy()
    erreurs.ajouter(~(vrais | faux | vides), serie, "« {valeur} » n'est ni vrai ni faux (attendu : vrai/faux, oui/non, true/false ou 1/0)")
    return numpy.where(vides | erreurs.masque, defaut, vrais), erreurs


def _convertir_date(serie, defaut, fin: datetime.date, apres_la_fin: str = "est postérieure à la fin du mois calculé"):
    """Dates between DATE_MIN and `fin` (a later one « {apres_la_fin} (fin) »); empty cells take `defaut`."""
    erreurs = _Erreurs(len(serie))
    gabarit = "« {valeur} » n'est pas une date (attendu : AAAA-MM-JJ)"
    if ptypes.is_datetime64_any_dtype(serie):
        dates = pandas.to_datetime(serie)
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_localize(None)
        vides = dates.isna().to_numpy()
        valeurs = dates.to_numpy(dtype="datetime64[D]", na_value=numpy.datetime64("NaT"))
    else:
        objets = serie.astype(object)
        vides_objets = objets.isna().to_numpy()
        textes = _textes(serie)
        vides = vides_objets | (textes == "").to_numpy()
        sont_des_dates = objets.map(lambda v: isinstance(v, datetime.date)).to_numpy()
        textes = textes.where(~sont_des_dates, objets.map(lambda v: v.isoformat()[: len("AAAA-MM-JJ")] if isinstance(v, datetime.date) else ""))
        dates = pandas.Series(pandas.NaT, index=serie.index, dtype="datetime64[s]")
        restant = ~vides
        for format_date in FORMATS_DATE:
            if not restant.any():
                break
            lues = pandas.to_datetime(textes[restant], format=format_date, errors="coerce").astype("datetime64[s]")
            dates[restant] = lues
            restant = restant & dates.isna().to_numpy()
        erreurs.ajouter(restant, serie, gabarit)
        valeurs = dates.to_numpy(dtype="datetime64[D]", na_value=numpy.datetime64("NaT"))
    with numpy.errstate(invalid="ignore"):
        erreurs.ajouter(valeurs < numpy.datetime64(DATE_MIN, "D"), serie, f"« {{valeur}} » est antérieure au {DATE_MIN.strftime('%d/%m/%Y')}")
        erreurs.ajouter(
            valeurs > numpy.datetime64(fin, "D"), serie, f"« {{valeur}} » {apres_la_fin} ({fin.strftime('%d/%m/%Y')})"
        )
    defaut = numpy.datetime64(defaut, "D")
    return numpy.where(vides | erreurs.masque, defaut, valeurs).astype("datetime64[D]"), erreurs


def _convertir_enum(serie, variable):
    noms = [membre.name for membre in variable.possible_values]
    erreurs = _Erreurs(len(serie))
    textes = _textes(serie)
    vides = (textes == "").to_numpy()
    codes = pandas.Index(noms).get_indexer(textes).astype(numpy.int16)
    inconnus = (codes < 0) & ~vides
    for position in numpy.flatnonzero(inconnus):
        valeur = textes.iloc[position]
        erreurs.masque[position] = True
        erreurs.textes[int(position)] = (
            f"« {affiche(valeur)} » n'est pas une valeur connue (valeurs possibles : {', '.join(noms)})"
            + suggestion_apres_virgule(valeur, noms).rstrip(".")
        )
    defaut = numpy.int16(noms.index(variable.default_value.name))
    return numpy.where(vides | inconnus, defaut, codes).astype(numpy.int16), erreurs


def _convertir_texte(serie, variable=None):
    erreurs = _Erreurs(len(serie))
    if ptypes.is_numeric_dtype(serie) and not ptypes.is_bool_dtype(serie):
        nombres = serie.to_numpy(dtype=numpy.float64, na_value=numpy.nan)
        vides = numpy.isnan(nombres)
        entiers = numpy.isfinite(nombres) & (nombres == numpy.round(nombres))
        textes = pandas.Series(
            numpy.where(entiers, numpy.where(entiers, nombres, 0).astype(numpy.int64).astype(str), serie.astype(str).to_numpy()),
            index=serie.index,
        )
        if variable is not None and variable.name == "depcom":
            textes = textes.str.zfill(LONGUEUR_DEPCOM)
    else:
        textes = _textes(serie)
        vides = (textes == "").to_numpy()
    defaut = "" if variable is None else variable.default_value
    textes = textes.where(~vides, defaut)
    if variable is not None and getattr(variable, "max_length", None):
        erreurs.ajouter(textes.str.len().to_numpy() > variable.max_length, serie, f"« {{valeur}} » dépasse {variable.max_length} caractères")
    if variable is not None and variable.name == "depcom":
        remplis = ~vides
        format_invalide = remplis & ~textes.str.fullmatch(r"\d{5}").to_numpy()
        erreurs.ajouter(format_invalide, serie, "« {valeur} » n'est pas un code INSEE à 5 chiffres")
        paris_inconnu = remplis & textes.str.startswith("751").to_numpy() & ~textes.between(*ARRONDISSEMENTS).to_numpy()
        erreurs.ajouter(paris_inconnu, serie, "« {valeur} » désigne un arrondissement de Paris inconnu (les codes vont de 75101 à 75120)")
    valeurs = textes.where(~pandas.Series(erreurs.masque, index=serie.index), defaut).to_numpy(dtype=object)
    return valeurs, erreurs


def _convertir_percoit(serie):
    """Observed receipt: a boolean column, or an amount (≥ 0) column."""
    if ptypes.is_bool_dtype(serie):
        return _convertir_booleen(serie, False)
    if not ptypes.is_numeric_dtype(serie):
        textes = _textes(serie).str.lower()
        mots = set(VRAIS + FAUX) - {"0", "1", "0.0", "1.0"}
        if textes.isin(mots).any():
            return _convertir_booleen(serie, False)
    return _convertir_nombre(serie, 0.0, entier=False)


def _convertir(serie, genre, fin: datetime.date):
    """Convert a column; text columns are converted once per distinct value (few, usually)."""
    if not (ptypes.is_object_dtype(serie) or ptypes.is_string_dtype(serie) or isinstance(serie.dtype, pandas.CategoricalDtype)):
        return _convertir_valeurs(serie, genre, fin)
    codes, distinctes = pandas.factorize(serie, use_na_sentinel=False)
    valeurs, erreurs_distinctes = _convertir_valeurs(pandas.Series(distinctes, dtype=object), genre, fin)
    erreurs = _Erreurs(len(serie))
    erreurs.masque = erreurs_distinctes.masque[codes]
    for position in numpy.flatnonzero(erreurs.masque):
        erreurs.textes[int(position)] = erreurs_distinctes.textes[int(codes[position])]
    return valeurs[codes], erreurs


def _convertir_valeurs(serie, genre, fin: datetime.date):
    if genre == "poids":
        return _convertir_nombre(serie, 1.0, entier=False)
    if genre == "percoit":
        return _convertir_percoit(serie)
    if genre == "date_fin":
        return _convertir_date(serie, "NaT", DATE_FIN_DROIT_MAX, "est postérieure à la fin de la plus longue attribution possible")
    if genre == "texte":
        return _convertir_texte(serie)
    if genre == "age":
        return _convertir_nombre(serie, 0, entier=True, limites=(0, AGE_MAX), unite=" ans")
    variable = genre
    type_valeur = variable.value_type
    if type_valeur is bool:
        return _convertir_booleen(serie, variable.default_value)
    if type_valeur in (int, float):
        unite = " €" if getattr(variable, "unit", None) == UNITE_MONNAIE else ""
        return _convertir_nombre(serie, variable.default_value, entier=type_valeur is int, limites=bornes(variable), unite=unite)
    if type_valeur is datetime.date:
        return _convertir_date(serie, variable.default_value, fin)
    if getattr(variable, "possible_values", None) is not None:
        return _convertir_enum(serie, variable)
    return _convertir_texte(serie, variable)


# ---------------------------------------------------------------------------
# Validation


class _Problemes:
    """Row-level defects: (level, table, position, rank of the column, column, clause); sorted, the first explains."""

    def __init__(self):
        self.lignes: list[tuple[int, int, int, int, str, str]] = []

    def ajouter(self, niveau: int, table: int, position: int, colonne: str, texte: str, rang_colonne: int = 0) -> None:
        self.lignes.append((niveau, table, int(position), rang_colonne, colonne, texte))


def _phrase(fichier: str, ligne: int, colonne: str, texte: str) -> str:
    fin = "" if texte.endswith(("?", ".", "!")) else "."
    return f"Fichier « {fichier} », ligne {ligne}, colonne « {colonne} » : {texte}{fin}"


@dataclass
class Origine:
    """Where the rows of a table (or of a batch of it) come from, for messages: the files of the
    table in order, the global row at which each one starts, and the global row of each position
    (`lignes`: an array, or the global row of position 0 when the rows follow each other)."""

    fichiers: list[str]
    debuts: numpy.ndarray
    lignes: numpy.ndarray | int = 0

    def situer(self, position: int) -> tuple[str, int]:
        """(file name, line in that file, 1 for its first data row) of a row of the batch."""
        globale = self.lignes + position if isinstance(self.lignes, (int, numpy.integer)) else int(self.lignes[position])
        rang = int(numpy.searchsorted(self.debuts, globale, side="right")) - 1
        return self.fichiers[rang], int(globale - self.debuts[rang]) + 1

    def ligne_texte(self, position: int, par_rapport_a: int) -> str:
        """« ligne 3 », or « ligne 3 de « x.parquet » » when that row is in another file of the table."""
        fichier, ligne = self.situer(position)
        return f"ligne {ligne}" if fichier == self.situer(par_rapport_a)[0] else f"ligne {ligne} de « {fichier} »"


def erreur_de_ligne(table, position: int, colonne: str, texte: str) -> ErreurEntree:
    """The French error naming the file and line of row `position` of `table` (anything with `situer`)."""
    fichier, ligne = table.situer(position)
    return ErreurEntree(_phrase(fichier, ligne, colonne, texte), champ=colonne, ligne=ligne, fichier=fichier)


def _identifiants(serie: pandas.Series, table, colonne: str) -> pandas.Series:
    """Check identifiers are filled; return them unchanged."""
    if _entiers_numpy(serie):  # numpy integers cannot be empty
        return serie
    if ptypes.is_float_dtype(serie):
        vides = serie.isna().to_numpy()
    else:
        vides = (serie.isna() | (serie.astype(str).str.strip() == "")).to_numpy()
    if vides.any():
        position = int(numpy.flatnonzero(vides)[0])
        raise erreur_de_ligne(table, position, colonne, "l'identifiant est vide")
    return serie


def _entiers_numpy(serie: pandas.Series) -> bool:
    """A plain numpy integer column (not pandas' nullable Int64, which may hold NA)."""
    return isinstance(serie.dtype, numpy.dtype) and serie.dtype.kind in "iu"


def _cle_texte(serie: pandas.Series) -> pandas.Index:
    if ptypes.is_float_dtype(serie):
        valeurs = serie.to_numpy(dtype=numpy.float64)
        entiers = valeurs == numpy.round(valeurs)
        return pandas.Index(numpy.where(entiers, valeurs.astype(numpy.int64).astype(str), valeurs.astype(str)))
    return pandas.Index(serie.astype(str).str.strip())


def _cles(*series: pandas.Series) -> list[pandas.Index]:
    """Identifiers as join keys: integers when every column is, else text, so that
    12 (Parquet integer) and '12' (CSV text) designate the same household."""
    if all(_entiers_numpy(serie) for serie in series):
        return [pandas.Index(serie.to_numpy(dtype=numpy.int64)) for serie in series]
    return [_cle_texte(serie) for serie in series]


def verifier_doublons(cles: pandas.Index, table, colonne: str) -> None:
    """Raise on the first duplicated identifier (the earliest row whose key comes again), naming its second row."""
    doubles = cles.duplicated(keep=False)
    if doubles.any():
        positions = numpy.flatnonzero(doubles)
        premier = cles[positions[0]]
        memes = positions[cles[positions] == premier]
        raise erreur_de_ligne(table, int(memes[1]), colonne, f"l'identifiant « {affiche(premier)} » figure déjà {table.ligne_texte(int(memes[0]), int(memes[1]))}")


def _noms_fichiers(menages, individus, fichiers) -> tuple[str, str]:
    """File names for messages: those given, else each table's attrs['fichier'] (set by lire_table)."""
    if fichiers is not None:
        return fichiers
    return menages.attrs.get("fichier", MENAGES), individus.attrs.get("fichier", INDIVIDUS)


@dataclass
class _Table:
    """One table under validation: its rows, its file name for messages, its columns' kinds
    (classer_colonnes) and its converted columns (filled by _convertir_cellules)."""

    rang: int  # 0 households, 1 persons: the order of problems
    donnees: pandas.DataFrame
    fichier: str
    genres: dict
    converties: dict[str, numpy.ndarray] = field(default_factory=dict)
    origine: Origine | None = None  # where the rows come from (streamed batches); else row = position + 1

    def situer(self, position: int) -> tuple[str, int]:
        """(file, 1-based line) of a row, for messages."""
        return (self.fichier, position + 1) if self.origine is None else self.origine.situer(position)

    def ligne_texte(self, position: int, par_rapport_a: int) -> str:
        """« ligne 3 », or « ligne 3 de « x.parquet » » when that row is in another file of the table."""
        if self.origine is not None:
            return self.origine.ligne_texte(position, par_rapport_a)
        return f"ligne {position + 1}"


def relier(menages: pandas.DataFrame, individus: pandas.DataFrame, fichiers: tuple[str, str]) -> numpy.ndarray:
    """The sample-level checks of a whole sample (identifiers filled and unique, every person's
    household present), which raise; returns each person's household row. A streamed run makes them
    once on the whole sample, then validates it batch by batch (paris_droits.lot.flux)."""
    return _relier(_Table(0, menages, fichiers[0], {}), _Table(1, individus, fichiers[1], {}))


def preparer(
    menages: pandas.DataFrame, individus: pandas.DataFrame, strict: bool = False, fichiers=None, systeme=None, periode: str | None = None,
    origines: tuple[Origine | None, Origine | None] = (None, None),
) -> Preparation:
    """Validate a sample and convert it: see the module docstring. Used by valider() and lot.simuler().
    With `periode` (the month to compute), dates after its end are defects of their row. `origines`:
    where the rows of each table come from, for a batch of a sample read in parts (paris_droits.lot.flux).

    Steps: classify the columns, then check the identifiers and the join between the two tables
    (these defects raise); convert the cells and read the roles, check each household's members
    and roles (these defects reject the household); set the rejected households aside; assemble
    the kept tables and the arrays a simulation needs.
    """
    systeme = systeme_ou_defaut(systeme)
    fichier_m, fichier_i = _noms_fichiers(menages, individus, fichiers)
    if not isinstance(menages, pandas.DataFrame) or not isinstance(individus, pandas.DataFrame):
        raise ErreurEntree("Les ménages et les individus doivent être des tables (DataFrame pandas).")
    genres_m = classer_colonnes(MENAGES, list(menages.columns), fichier_m, fichier_i, systeme)
    genres_i = classer_colonnes(INDIVIDUS, list(individus.columns), fichier_i, fichier_m, systeme)
    if len(menages) == 0:
        raise ErreurEntree(f"Fichier « {fichier_m} » : aucun ménage.", fichier=fichier_m)
    table_m = _Table(0, menages.reset_index(drop=True), fichier_m, genres_m, origine=origines[0])
    table_i = _Table(1, individus.reset_index(drop=True), fichier_i, genres_i, origine=origines[1])
    menage_des_individus = _relier(table_m, table_i)

    problemes = _Problemes()
    fin = fin_du_mois(periode) if periode else DERNIER_MOIS_FIN
    _convertir_cellules(table_m, problemes, fin)
    _convertir_cellules(table_i, problemes, fin)
    roles = _lire_roles(table_i, problemes)
    membres = _verifier_membres(table_m, table_i, menage_des_individus, problemes)
    _verifier_roles(table_m, table_i, menage_des_individus, roles, membres, problemes)
    rejetes, rejets = _rejeter(problemes, table_m, table_i, menage_des_individus, strict)
    return _assembler(table_m, table_i, menage_des_individus, roles, rejetes, rejets)


def _relier(table_m: _Table, table_i: _Table) -> numpy.ndarray:
    """Sample-level defects, which raise: identifiers filled and unique in each table, and every
    person's household present in the households table. Returns each person's household row."""
    menages, individus, fichier_m = table_m.donnees, table_i.donnees, table_m.fichier
    cles_m, cles_mi = _cles(
        _identifiants(menages[ID_MENAGE], table_m, ID_MENAGE), _identifiants(individus[ID_MENAGE], table_i, ID_MENAGE)
    )
    verifier_doublons(cles_m, table_m, ID_MENAGE)
    (cles_i,) = _cles(_identifiants(individus[ID_INDIVIDU], table_i, ID_INDIVIDU))
    verifier_doublons(cles_i, table_i, ID_INDIVIDU)
    menage_des_individus = cles_m.get_indexer(cles_mi)
    orphelins = numpy.flatnonzero(menage_des_individus < 0)
    if len(orphelins):
        position = int(orphelins[0])
        raise erreur_de_ligne(
            table_i, position, ID_MENAGE, f"le ménage « {affiche(individus[ID_MENAGE].iloc[position])} » n'existe pas dans « {fichier_m} »"
        )
    return menage_des_individus


def _convertir_cellules(table: _Table, problemes: _Problemes, fin: datetime.date) -> None:
    """Convert every input column of a table (identifiers and roles apart) into table.converties;
    each bad cell is a problem of its row."""
    for rang_colonne, (nom, genre) in enumerate(table.genres.items()):
        if genre in ("id", "role"):
            continue
        valeurs, erreurs = _convertir(table.donnees[nom], genre, fin)
        table.converties[nom] = valeurs
        for position, texte in erreurs.textes.items():
            problemes.ajouter(NIVEAU_CELLULE, table.rang, position, nom, texte, rang_colonne)


def _lire_roles(table_i: _Table, problemes: _Problemes) -> numpy.ndarray:
    """The persons' role codes (CODES_ROLES); an unknown or empty role is a problem of its row (code -1)."""
    codes_roles, roles_distincts = pandas.factorize(table_i.donnees[ROLE], use_na_sentinel=False)
    textes_roles = _textes(pandas.Series(roles_distincts, dtype=object))
    roles = pandas.Index(list(ROLES)).get_indexer(textes_roles).astype(numpy.int8)[codes_roles]
    for position in numpy.flatnonzero(roles < 0):
        valeur = textes_roles.iloc[codes_roles[position]]
        texte = (
            f"le rôle « {affiche(valeur)} » est inconnu (rôles possibles : {', '.join(ROLES)})" + suggestion_apres_virgule(valeur, ROLES).rstrip(".")
            if valeur
            else f"le rôle est vide (rôles possibles : {', '.join(ROLES)})"
        )
        problemes.ajouter(NIVEAU_CELLULE, 1, position, ROLE, texte, list(table_i.genres).index(ROLE))
    return roles


def _verifier_membres(
    table_m: _Table, table_i: _Table, menage_des_individus: numpy.ndarray, problemes: _Problemes
) -> numpy.ndarray:
    """A household without any member in the persons table is a problem; returns each household's member count."""
    menages = table_m.donnees
    membres = numpy.bincount(menage_des_individus, minlength=len(menages))
    for position in numpy.flatnonzero(membres == 0):
        problemes.ajouter(NIVEAU_STRUCTURE, 0, position, ID_MENAGE, f"le ménage « {affiche(menages[ID_MENAGE].iloc[position])} » n'a aucun membre dans « {table_i.fichier} »")
    return membres


def _verifier_roles(
    table_m: _Table, table_i: _Table, menage_des_individus: numpy.ndarray, roles: numpy.ndarray,
    membres: numpy.ndarray, problemes: _Problemes,
) -> None:
    """At most one reference person and one spouse per household (the second one is the problem),
    and a reference person in every household that has members."""
    menages, nombre_m = table_m.donnees, len(table_m.donnees)
    for code_role in (CODES_ROLES["personne_de_reference"], CODES_ROLES["conjoint"]):
        nom_role = ROLES[code_role]
        positions = numpy.flatnonzero(roles == code_role)
        menages_du_role = menage_des_individus[positions]
        # Stable sort: within a household, persons stay in file order.
        ordre = numpy.argsort(menages_du_role, kind="stable")
        tries = menages_du_role[ordre]
        suivants = numpy.zeros(len(tries), dtype=bool)
        suivants[1:] = tries[1:] == tries[:-1]
        for rang in numpy.flatnonzero(suivants):
            menage = int(tries[rang])
            premier = int(positions[ordre[numpy.searchsorted(tries, menage)]])
            problemes.ajouter(
                NIVEAU_STRUCTURE,
                1,
                positions[ordre[rang]],
                ROLE,
                f"le ménage « {affiche(menages[ID_MENAGE].iloc[menage])} » a déjà {ARTICLES[nom_role]} {nom_role} "
                f"({table_i.ligne_texte(premier, int(positions[ordre[rang]]))})",
            )
        if nom_role == "personne_de_reference":
            sans = (numpy.bincount(menages_du_role, minlength=nombre_m) == 0) & (membres > 0)
            for position in numpy.flatnonzero(sans):
                problemes.ajouter(
                    NIVEAU_STRUCTURE,
                    0,
                    position,
                    ID_MENAGE,
                    f"le ménage « {affiche(menages[ID_MENAGE].iloc[position])} » n'a pas de personne_de_reference dans « {table_i.fichier} »",
                )


def _rejeter(
    problemes: _Problemes, table_m: _Table, table_i: _Table, menage_des_individus: numpy.ndarray, strict: bool
) -> tuple[numpy.ndarray, pandas.DataFrame]:
    """Each household with a defect is rejected, with its first defect as the reason (with
    strict=True the first defect raises instead). Returns the rejected mask and the rejects table."""
    menages = table_m.donnees
    rejetes = numpy.zeros(len(menages), dtype=bool)
    lignes_rejets = []
    if problemes.lignes:
        tries = sorted(problemes.lignes)
        if strict:
            _niveau, table, position, _rang, colonne, texte = tries[0]
            raise erreur_de_ligne(table_m if table == 0 else table_i, position, colonne, texte)
        raisons = {}
        for _niveau, table, position, _rang, colonne, texte in tries:
            menage = position if table == 0 else int(menage_des_individus[position])
            if menage not in raisons:
                fichier, ligne = (table_m if table == 0 else table_i).situer(position)
                raisons[menage] = (fichier, ligne, colonne, _phrase(fichier, ligne, colonne, texte))
        for menage in sorted(raisons):
            rejetes[menage] = True
            fichier, ligne, colonne, raison = raisons[menage]
            lignes_rejets.append((menages[ID_MENAGE].iloc[menage], raison, fichier, ligne, colonne))
    rejets = pandas.DataFrame(lignes_rejets, columns=[ID_MENAGE, "raison", "fichier", "ligne", "colonne"])
    if len(rejets) == 0:
        rejets = rejets.astype({ID_MENAGE: menages[ID_MENAGE].dtype, "ligne": numpy.int64})
    return rejetes, rejets


def _assembler(
    table_m: _Table, table_i: _Table, menage_des_individus: numpy.ndarray, roles: numpy.ndarray,
    rejetes: numpy.ndarray, rejets: pandas.DataFrame,
) -> Preparation:
    """The kept households and their persons, as user-facing tables (enums as names) and as the
    arrays a simulation needs (enums as codes); kept households are renumbered 0..n-1."""
    menages, individus, nombre_m = table_m.donnees, table_i.donnees, len(table_m.donnees)
    converties_m, converties_i, genres_m, genres_i = table_m.converties, table_i.converties, table_m.genres, table_i.genres
    gardes_m = ~rejetes
    gardes_i = gardes_m[menage_des_individus]
    # Households kept are renumbered 0..n-1, so persons point at rows of menages_ok.
    nouveau_rang = numpy.cumsum(gardes_m) - 1
    preparation = Preparation(menages_ok=None, individus_ok=None, rejets=rejets)
    preparation.menage_des_individus = nouveau_rang[_lignes(menage_des_individus, gardes_i)]
    preparation.roles = _lignes(roles, gardes_i)
    preparation.poids = _lignes(converties_m.pop(POIDS, numpy.ones(nombre_m)), gardes_m)

    colonnes_m = {ID_MENAGE: _garder(menages[ID_MENAGE], gardes_m), POIDS: preparation.poids}
    for nom, valeurs in converties_m.items():
        valeurs = _lignes(valeurs, gardes_m)
        genre = genres_m[nom]
        colonnes_m[nom] = _pour_table(valeurs, genre)
        if not isinstance(genre, str):
            preparation.entrees_menages[nom] = valeurs
    colonnes_i = {
        ID_INDIVIDU: _garder(individus[ID_INDIVIDU], gardes_i),
        ID_MENAGE: _garder(individus[ID_MENAGE], gardes_i),
        ROLE: pandas.Categorical.from_codes(preparation.roles, categories=list(ROLES)),
    }
    for nom, valeurs in converties_i.items():
        valeurs = _lignes(valeurs, gardes_i)
        colonnes_i[nom] = _pour_table(valeurs, genres_i[nom])
        if not isinstance(genres_i[nom], str) or genres_i[nom] == "age":
            preparation.entrees_individus[nom] = valeurs
    preparation.menages_ok = pandas.DataFrame(colonnes_m, copy=False)
    preparation.individus_ok = pandas.DataFrame(colonnes_i, copy=False)
    for table, nom in ((preparation.menages_ok, table_m.fichier), (preparation.individus_ok, table_i.fichier)):
        table.attrs["fichier"] = nom
    assert nombre_m == len(preparation.menages_ok) + len(rejets)
    return preparation


def _lignes(valeurs: numpy.ndarray, gardes: numpy.ndarray) -> numpy.ndarray:
    """The kept rows of an array, without a copy when all are kept."""
    return valeurs if gardes.all() else valeurs[gardes]


def _garder(serie: pandas.Series, gardes: numpy.ndarray):
    """The kept rows of a column, in its own dtype (no conversion when all are kept)."""
    if gardes.all():
        return serie.reset_index(drop=True)
    return serie[gardes].reset_index(drop=True)


def _pour_table(valeurs: numpy.ndarray, genre):
    """Enum codes back to names (as a categorical) for the user-facing tables."""
    if not isinstance(genre, str) and getattr(genre, "possible_values", None) is not None:
        return pandas.Categorical.from_codes(valeurs, categories=[membre.name for membre in genre.possible_values])
    return valeurs


def valider(menages: pandas.DataFrame, individus: pandas.DataFrame, strict: bool = False, fichiers=None):
    """Validate a sample → (menages_ok, individus_ok, rejets).

    ``rejets`` has one row per rejected household (id_menage, raison, fichier,
    ligne, colonne); len(menages) == len(menages_ok) + len(rejets), always.
    With ``strict=True`` the first row-level defect raises ErreurEntree instead.
    ``fichiers`` = (name of the households file, name of the persons file) for
    messages; by default ``attrs['fichier']`` of each table (set by lire_table).
    """
    preparation = preparer(menages, individus, strict=strict, fichiers=fichiers)
    return preparation.menages_ok, preparation.individus_ok, preparation.rejets

