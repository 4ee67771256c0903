"""Household samples for batch runs: schema, reading, validation and writing.

A sample is two tables (see docs/echantillon.md):

- ``menages``: ``id_menage``, ``poids`` (default 1), household input columns named
  like the variables, optional observed receipt ``percoit_<slug>`` (bool or amount)
  and the descriptive column ``type_menage``;
- ``individus``: ``id_individu``, ``id_menage``, ``role`` (personne_de_reference,
  conjoint, enfants, autres) and person input columns (``date_naissance`` or ``age``).

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
before a simulation is built (paris_droits.lot).
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import pandas
from pandas.api import types as ptypes

from paris_droits.catalogue.registre import slugs
from paris_droits.commun.erreurs import ErreurEntree, proche
from paris_droits.commun.fichiers import ecrire_texte, ecriture_atomique
from paris_droits.commun.lecture import lire_document
from paris_droits.commun.periodes import valider_mois
from paris_droits.regles.entites import ROLES
from paris_droits.regles.systeme import systeme

MENAGES = "menages"
INDIVIDUS = "individus"
ID_MENAGE = "id_menage"
ID_INDIVIDU = "id_individu"
ROLE = "role"
POIDS = "poids"
AGE = "age"
DATE_NAISSANCE = "date_naissance"
TYPE_MENAGE = "type_menage"
PREFIXE_PERCOIT = "percoit_"
FORMATS = (".parquet", ".csv")
FICHIER_DESCRIPTION = "echantillon.json"
OBLIGATOIRES = {MENAGES: (ID_MENAGE,), INDIVIDUS: (ID_INDIVIDU, ID_MENAGE, ROLE)}
# Role codes: the index in ROLES, which is the order of Menage.flattened_roles.
CODES_ROLES = {role: code for code, role in enumerate(ROLES)}
COLONNES_DESCRIPTIVES = {MENAGES: (TYPE_MENAGE,), INDIVIDUS: ()}
VRAIS = ("true", "vrai", "oui", "yes", "1", "1.0")
FAUX = ("false", "faux", "non", "no", "0", "0.0")
FORMATS_DATE = ("%Y-%m-%d", "%d/%m/%Y")
LONGUEUR_DEPCOM = 5
ARRONDISSEMENTS = ("75101", "75120")
AFFICHAGE_MAX = 40
ARTICLES = {"personne_de_reference": "une", "conjoint": "un"}
AGE_DECALAGE_MOIS = 6  # see date_naissance_depuis_age

# Validation levels: a bad cell explains a household's rejection better than
# the structural defects it may cause (an unknown role also leaves no reference person).
NIVEAU_CELLULE = 0
NIVEAU_STRUCTURE = 1


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
# Reading and writing


def _fichier_table(dossier: Path, table: str) -> Path:
    presents = [dossier / f"{table}{suffixe}" for suffixe in FORMATS if (dossier / f"{table}{suffixe}").exists()]
    if not presents:
        raise ErreurEntree(
            f"Le dossier « {dossier} » ne contient ni « {table}.parquet » ni « {table}.csv ».",
            fichier=str(dossier),
        )
    if len(presents) > 1:
        raise ErreurEntree(
            f"Le dossier « {dossier} » contient à la fois « {table}.parquet » et « {table}.csv » : gardez-en un seul.",
            fichier=str(dossier),
        )
    return presents[0]


def _lire_csv(chemin: Path) -> pandas.DataFrame:
    for encodage in ("utf-8-sig", "cp1252"):
        try:
            with chemin.open(encoding=encodage) as flux:
                entete = flux.readline()
            separateur = ";" if entete.count(";") > entete.count(",") else ","
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
    if not chemin.is_file():
        raise ErreurEntree(f"Le fichier « {chemin} » n'existe pas.", fichier=str(chemin))
    if chemin.suffix.lower() == ".csv":
        table = _lire_csv(chemin)
    elif chemin.suffix.lower() == ".parquet":
        try:
            table = pandas.read_parquet(chemin)
        except Exception:  # pyarrow raises several types for a damaged file
            raise ErreurEntree(f"Le fichier « {chemin.name} » n'est pas un fichier Parquet lisible.", fichier=str(chemin)) from None
    else:
        raise ErreurEntree(f"Le fichier « {chemin.name} » doit se terminer par .parquet ou .csv.", fichier=str(chemin))
    table.columns = [str(nom).strip() for nom in table.columns]
    table.attrs["fichier"] = chemin.name
    return table


def lire_echantillon(chemin: str | Path) -> Echantillon:
    """Read a sample directory holding menages.parquet and individus.parquet (or the same names in .csv)."""
    chemin = Path(chemin)
    if not chemin.exists():
        raise ErreurEntree(f"L'échantillon « {chemin} » n'existe pas.", fichier=str(chemin))
    if not chemin.is_dir():
        raise ErreurEntree(
            f"L'échantillon « {chemin} » doit être un dossier contenant menages.parquet et individus.parquet "
            "(ou menages.csv et individus.csv).",
            fichier=str(chemin),
        )
    fichier_menages = _fichier_table(chemin, MENAGES)
    fichier_individus = _fichier_table(chemin, INDIVIDUS)
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
            table.to_csv(temporaire, index=False)
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


# ---------------------------------------------------------------------------
# Schema


def _systeme(tbs=None):
    return systeme() if tbs is None else tbs


def variables_d_entree(entite: str, systeme=None) -> dict:
    """Input variables (no formula) of an entity ('menages' or 'individus'), by name."""
    systeme = _systeme(systeme)
    return {
        nom: variable
        for nom, variable in sorted(systeme.variables.items())
        if variable.entity.plural == entite and not variable.formulas
    }


def colonnes_possibles(table: str, systeme=None) -> list[str]:
    """Every column name a table may carry."""
    noms = list(OBLIGATOIRES[table])
    if table == MENAGES:
        noms += [POIDS, *COLONNES_DESCRIPTIVES[MENAGES], *(f"{PREFIXE_PERCOIT}{slug}" for slug in slugs())]
    else:
        noms.append(AGE)
    noms += list(variables_d_entree(table, systeme))
    return noms


def suggestion_apres_virgule(nom: str, possibles) -> str:
    """' ; vouliez-vous dire « x » ?' ending a clause about an unknown name, else a full stop."""
    trouve = proche(nom, possibles)
    return f" ; vouliez-vous dire « {trouve} » ?" if trouve else "."


def _classer_colonnes(table: str, colonnes, fichier: str, fichier_autre: str, systeme) -> dict:
    """Name → kind ('id', 'role', 'poids', 'percoit', 'texte', 'age', or the Variable). Raises on a bad column."""
    entrees = variables_d_entree(table, systeme)
    autre = INDIVIDUS if table == MENAGES else MENAGES
    vus = set()
    genres = {}
    for nom in colonnes:
        if nom in vus:
            raise ErreurEntree(f"Fichier « {fichier} », colonne « {nom} » : la colonne figure deux fois.", champ=nom, fichier=fichier)
        vus.add(nom)
        if nom in OBLIGATOIRES[table]:
            genres[nom] = "role" if nom == ROLE else "id"
        elif table == MENAGES and nom == POIDS:
            genres[nom] = "poids"
        elif nom in COLONNES_DESCRIPTIVES[table]:
            genres[nom] = "texte"
        elif table == INDIVIDUS and nom == AGE:
            genres[nom] = "age"
        elif nom in entrees:
            genres[nom] = entrees[nom]
        elif table == MENAGES and nom.startswith(PREFIXE_PERCOIT):
            slug = nom[len(PREFIXE_PERCOIT):]
            if slug not in slugs():
                raise ErreurEntree(
                    f"Fichier « {fichier} », colonne « {nom} » : aucune aide du catalogue ne s'appelle « {slug} »"
                    + suggestion_apres_virgule(nom, [f"{PREFIXE_PERCOIT}{s}" for s in slugs()]),
                    champ=nom,
                    fichier=fichier,
                )
            genres[nom] = "percoit"
        else:
            variable = systeme.variables.get(nom)
            if variable is not None and variable.entity.plural == autre and (not variable.formulas or nom == AGE):
                raise ErreurEntree(
                    f"Fichier « {fichier} », colonne « {nom} » : cette donnée concerne "
                    f"{'une personne' if autre == INDIVIDUS else 'le ménage'}, placez-la dans « {fichier_autre} ».",
                    champ=nom,
                    fichier=fichier,
                )
            if variable is not None:
                raise ErreurEntree(
                    f"Fichier « {fichier} », colonne « {nom} » : cette variable est calculée par le moteur, "
                    "elle ne peut pas être fournie.",
                    champ=nom,
                    fichier=fichier,
                )
            raise ErreurEntree(
                f"Fichier « {fichier} », colonne « {nom} » : colonne inconnue" + suggestion_apres_virgule(nom, colonnes_possibles(table, systeme)),
                champ=nom,
                fichier=fichier,
            )
    for nom in OBLIGATOIRES[table]:
        if nom not in genres:
            raise ErreurEntree(f"Fichier « {fichier} » : la colonne obligatoire « {nom} » manque.", champ=nom, fichier=fichier)
    if table == INDIVIDUS and AGE in genres and DATE_NAISSANCE in genres:
        raise ErreurEntree(
            f"Fichier « {fichier} » : les colonnes « {AGE} » et « {DATE_NAISSANCE} » sont toutes deux présentes ; gardez-en une seule.",
            champ=AGE,
            fichier=fichier,
        )
    return genres


# ---------------------------------------------------------------------------
# Cell conversion: each returns (values, rows in error, French clause per row in error)


def _affiche(valeur) -> str:
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
            self.textes[int(position)] = gabarit.format(valeur=_affiche(valeur))


def _nombres(serie: pandas.Series):
    """float64 values, empty mask, unparsable mask."""
    if ptypes.is_numeric_dtype(serie) and not ptypes.is_bool_dtype(serie):
        valeurs = serie.to_numpy(dtype=numpy.float64, na_value=numpy.nan)
        return valeurs, numpy.isnan(valeurs), numpy.zeros(len(serie), dtype=bool)
    textes = _textes(serie)
    vides = (textes == "") | (textes.str.lower() == "nan")
    normalises = textes.str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.replace(",", ".", regex=False)
    valeurs = pandas.to_numeric(normalises.where(~vides, ""), errors="coerce").to_numpy(dtype=numpy.float64, na_value=numpy.nan)
    illisibles = numpy.isnan(valeurs) & ~vides.to_numpy()
    return valeurs, vides.to_numpy(), illisibles


def _convertir_nombre(serie, defaut, entier: bool):
    valeurs, vides, illisibles = _nombres(serie)
    erreurs = _Erreurs(len(serie))
    erreurs.ajouter(illisibles, serie, "« {valeur} » n'est pas un nombre")
    erreurs.ajouter(numpy.isinf(valeurs), serie, "« {valeur} » n'est pas un nombre fini")
    with numpy.errstate(invalid="ignore"):
        erreurs.ajouter(valeurs < 0, valeurs, "la valeur ne peut pas être négative ({valeur})")
        if entier:
            erreurs.ajouter(numpy.isfinite(valeurs) & (valeurs != numpy.round(valeurs)), serie, "« {valeur} » n'est pas un nombre entier")
    valeurs = numpy.where(vides | erreurs.masque, defaut, valeurs)
    if entier:
        valeurs = valeurs.astype(numpy.int64)
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
    vides = (textes == "").to_numpy() | (textes == "nan").to_numpy()
    erreurs.ajouter(~(vrais | faux | vides), serie, "« {valeur} » n'est ni vrai ni faux (attendu : vrai/faux, oui/non, true/false ou 1/0)")
    return numpy.where(vides | erreurs.masque, defaut, vrais), erreurs


def _convertir_date(serie, defaut):
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
        vides = vides_objets | (textes == "").to_numpy() | (textes.str.lower() == "nan").to_numpy()
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
    defaut = numpy.datetime64(defaut, "D")
    return numpy.where(vides | erreurs.masque, defaut, valeurs).astype("datetime64[D]"), erreurs


def _convertir_enum(serie, variable):
    noms = [membre.name for membre in variable.possible_values]
    erreurs = _Erreurs(len(serie))
    textes = _textes(serie)
    vides = ((textes == "") | (textes.str.lower() == "nan")).to_numpy()
    codes = pandas.Index(noms).get_indexer(textes).astype(numpy.int16)
    inconnus = (codes < 0) & ~vides
    for position in numpy.flatnonzero(inconnus):
        valeur = textes.iloc[position]
        erreurs.masque[position] = True
        erreurs.textes[int(position)] = (
            f"« {_affiche(valeur)} » n'est pas une valeur connue (valeurs possibles : {', '.join(noms)})"
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
        vides = ((textes == "") | (textes.str.lower() == "nan")).to_numpy()
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


def _convertir(serie, genre):
    """Convert a column; text columns are converted once per distinct value (few, usually)."""
    if not (ptypes.is_object_dtype(serie) or ptypes.is_string_dtype(serie) or isinstance(serie.dtype, pandas.CategoricalDtype)):
        return _convertir_valeurs(serie, genre)
    codes, distinctes = pandas.factorize(serie, use_na_sentinel=False)
    valeurs, erreurs_distinctes = _convertir_valeurs(pandas.Series(distinctes, dtype=object), genre)
    erreurs = _Erreurs(len(serie))
    erreurs.masque = erreurs_distinctes.masque[codes]
    for position in numpy.flatnonzero(erreurs.masque):
        erreurs.textes[int(position)] = erreurs_distinctes.textes[int(codes[position])]
    return valeurs[codes], erreurs


def _convertir_valeurs(serie, genre):
    if genre == "poids":
        return _convertir_nombre(serie, 1.0, entier=False)
    if genre == "percoit":
        return _convertir_percoit(serie)
    if genre == "texte":
        return _convertir_texte(serie)
    if genre == "age":
        return _convertir_nombre(serie, 0, entier=True)
    variable = genre
    type_valeur = variable.value_type
    if type_valeur is bool:
        return _convertir_booleen(serie, variable.default_value)
    if type_valeur is float:
        return _convertir_nombre(serie, variable.default_value, entier=False)
    if type_valeur is int:
        return _convertir_nombre(serie, variable.default_value, entier=True)
    if type_valeur is datetime.date:
        return _convertir_date(serie, variable.default_value)
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


def _phrase(fichier: str, position: int, colonne: str, texte: str) -> str:
    fin = "" if texte.endswith(("?", ".", "!")) else "."
    return f"Fichier « {fichier} », ligne {position + 1}, colonne « {colonne} » : {texte}{fin}"


def _identifiants(serie: pandas.Series, fichier: str, colonne: str) -> pandas.Series:
    """Check identifiers are filled; return them unchanged."""
    if _entiers_numpy(serie):  # numpy integers cannot be empty
        return serie
    if ptypes.is_float_dtype(serie):
        vides = serie.isna().to_numpy()
    else:
        vides = (serie.isna() | (serie.astype(str).str.strip() == "")).to_numpy()
    if vides.any():
        position = int(numpy.flatnonzero(vides)[0])
        raise ErreurEntree(_phrase(fichier, position, colonne, "l'identifiant est vide"), champ=colonne, ligne=position + 1, fichier=fichier)
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


def _doublons(cles: pandas.Index, fichier: str, colonne: str) -> None:
    doubles = cles.duplicated(keep=False)
    if doubles.any():
        positions = numpy.flatnonzero(doubles)
        premier = cles[positions[0]]
        memes = positions[cles[positions] == premier]
        raise ErreurEntree(
            _phrase(fichier, int(memes[1]), colonne, f"l'identifiant « {_affiche(premier)} » figure déjà ligne {int(memes[0]) + 1}"),
            champ=colonne,
            ligne=int(memes[1]) + 1,
            fichier=fichier,
        )


def _noms_fichiers(menages, individus, fichiers) -> tuple[str, str]:
    if fichiers is not None:
        return fichiers
    return menages.attrs.get("fichier", MENAGES), individus.attrs.get("fichier", INDIVIDUS)


def preparer(menages: pandas.DataFrame, individus: pandas.DataFrame, strict: bool = False, fichiers=None, systeme=None) -> Preparation:
    """Validate a sample and convert it: see the module docstring. Used by valider() and lot.simuler()."""
    systeme = _systeme(systeme)
    fichier_m, fichier_i = _noms_fichiers(menages, individus, fichiers)
    if not isinstance(menages, pandas.DataFrame) or not isinstance(individus, pandas.DataFrame):
        raise ErreurEntree("Les ménages et les individus doivent être des tables (DataFrame pandas).")
    genres_m = _classer_colonnes(MENAGES, list(menages.columns), fichier_m, fichier_i, systeme)
    genres_i = _classer_colonnes(INDIVIDUS, list(individus.columns), fichier_i, fichier_m, systeme)
    if len(menages) == 0:
        raise ErreurEntree(f"Fichier « {fichier_m} » : aucun ménage.", fichier=fichier_m)
    menages = menages.reset_index(drop=True)
    individus = individus.reset_index(drop=True)
    nombre_m = len(menages)

    # Sample-level defects: identifiers and the join between the two tables.
    cles_m, cles_mi = _cles(
        _identifiants(menages[ID_MENAGE], fichier_m, ID_MENAGE), _identifiants(individus[ID_MENAGE], fichier_i, ID_MENAGE)
    )
    _doublons(cles_m, fichier_m, ID_MENAGE)
    (cles_i,) = _cles(_identifiants(individus[ID_INDIVIDU], fichier_i, ID_INDIVIDU))
    _doublons(cles_i, fichier_i, ID_INDIVIDU)
    menage_des_individus = cles_m.get_indexer(cles_mi)
    orphelins = numpy.flatnonzero(menage_des_individus < 0)
    if len(orphelins):
        position = int(orphelins[0])
        raise ErreurEntree(
            _phrase(
                fichier_i,
                position,
                ID_MENAGE,
                f"le ménage « {_affiche(individus[ID_MENAGE].iloc[position])} » n'existe pas dans « {fichier_m} »",
            ),
            champ=ID_MENAGE,
            ligne=position + 1,
            fichier=fichier_i,
        )

    problemes = _Problemes()
    converties_m: dict[str, numpy.ndarray] = {}
    converties_i: dict[str, numpy.ndarray] = {}
    for table, donnees, genres, converties in ((0, menages, genres_m, converties_m), (1, individus, genres_i, converties_i)):
        for rang_colonne, (nom, genre) in enumerate(genres.items()):
            if genre in ("id", "role"):
                continue
            valeurs, erreurs = _convertir(donnees[nom], genre)
            converties[nom] = valeurs
            for position, texte in erreurs.textes.items():
                problemes.ajouter(NIVEAU_CELLULE, table, position, nom, texte, rang_colonne)

    # Roles, then the household structure they give.
    codes_roles, roles_distincts = pandas.factorize(individus[ROLE], use_na_sentinel=False)
    textes_roles = _textes(pandas.Series(roles_distincts, dtype=object))
    roles = pandas.Index(list(ROLES)).get_indexer(textes_roles).astype(numpy.int8)[codes_roles]
    for position in numpy.flatnonzero(roles < 0):
        valeur = textes_roles.iloc[codes_roles[position]]
        texte = (
            f"le rôle « {_affiche(valeur)} » est inconnu (rôles possibles : {', '.join(ROLES)})" + suggestion_apres_virgule(valeur, ROLES).rstrip(".")
            if valeur
            else f"le rôle est vide (rôles possibles : {', '.join(ROLES)})"
        )
        problemes.ajouter(NIVEAU_CELLULE, 1, position, ROLE, texte, list(genres_i).index(ROLE))
    membres = numpy.bincount(menage_des_individus, minlength=nombre_m)
    for position in numpy.flatnonzero(membres == 0):
        problemes.ajouter(NIVEAU_STRUCTURE, 0, position, ID_MENAGE, f"le ménage « {_affiche(menages[ID_MENAGE].iloc[position])} » n'a aucun membre dans « {fichier_i} »")
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
                f"le ménage « {_affiche(menages[ID_MENAGE].iloc[menage])} » a déjà {ARTICLES[nom_role]} {nom_role} "
                f"(ligne {premier + 1})",
            )
        if nom_role == "personne_de_reference":
            sans = (numpy.bincount(menages_du_role, minlength=nombre_m) == 0) & (membres > 0)
            for position in numpy.flatnonzero(sans):
                problemes.ajouter(
                    NIVEAU_STRUCTURE,
                    0,
                    position,
                    ID_MENAGE,
                    f"le ménage « {_affiche(menages[ID_MENAGE].iloc[position])} » n'a pas de personne_de_reference dans « {fichier_i} »",
                )

    # Each household with a defect is rejected, with its first defect as the reason.
    rejetes = numpy.zeros(nombre_m, dtype=bool)
    lignes_rejets = []
    if problemes.lignes:
        tries = sorted(problemes.lignes)
        if strict:
            _niveau, table, position, _rang, colonne, texte = tries[0]
            fichier = fichier_m if table == 0 else fichier_i
            raise ErreurEntree(_phrase(fichier, position, colonne, texte), champ=colonne, ligne=position + 1, fichier=fichier)
        raisons = {}
        for _niveau, table, position, _rang, colonne, texte in tries:
            menage = position if table == 0 else int(menage_des_individus[position])
            if menage not in raisons:
                fichier = fichier_m if table == 0 else fichier_i
                raisons[menage] = (fichier, position + 1, colonne, _phrase(fichier, position, colonne, texte))
        for menage in sorted(raisons):
            rejetes[menage] = True
            fichier, ligne, colonne, raison = raisons[menage]
            lignes_rejets.append((menages[ID_MENAGE].iloc[menage], raison, fichier, ligne, colonne))
    rejets = pandas.DataFrame(lignes_rejets, columns=[ID_MENAGE, "raison", "fichier", "ligne", "colonne"])
    if len(rejets) == 0:
        rejets = rejets.astype({ID_MENAGE: menages[ID_MENAGE].dtype, "ligne": numpy.int64})

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
    for table, nom in ((preparation.menages_ok, fichier_m), (preparation.individus_ok, fichier_i)):
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


def date_naissance_depuis_age(ages: numpy.ndarray, periode: str) -> numpy.ndarray:
    """Birth dates giving `ages` on the first day of `periode` (AAAA-MM).

    The person is born on the 1st of the month six months before, `age` years
    earlier: the age then holds for the month asked, the month before it (the
    resource window) and the months around it.
    """
    annee, mois = (int(x) for x in periode.split("-"))
    rang = annee * 12 + (mois - 1) - AGE_DECALAGE_MOIS - numpy.asarray(ages, dtype=numpy.int64) * 12
    annees = rang // 12
    mois_naissance = rang % 12
    return (
        (annees - 1970).astype("datetime64[Y]").astype("datetime64[M]") + mois_naissance.astype("timedelta64[M]")
    ).astype("datetime64[D]")
