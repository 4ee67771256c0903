"""Schema of a household sample: table and column names, the kind of each column, ages as birth dates.

A sample is two tables (see docs/echantillon.md):

- ``menages``: ``id_menage``, ``poids`` (default 1), household input columns named
  like the variables, optional observed receipt ``percoit_<slug>`` (bool or amount),
  optional end of a right ``date_fin_<slug>`` (a date, for renewals) and the
  descriptive column ``type_menage``;
- ``individus``: ``id_individu``, ``id_menage``, ``role`` (personne_de_reference,
  conjoint, enfants, autres) and person input columns (``date_naissance`` or ``age``).

`classer_colonnes` gives each column its kind and raises, in French, on a column that
does not belong (unknown, computed by the engine, in the wrong table, twice, or missing).
"""

from __future__ import annotations

import numpy

from paris_droits.catalogue.registre import slugs
from paris_droits.commun.erreurs import ErreurEntree, proche
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
PREFIXE_DATE_FIN = "date_fin_"
# Household columns named after an aid of the registry: prefix → kind.
PREFIXES_AIDES = {PREFIXE_PERCOIT: "percoit", PREFIXE_DATE_FIN: "date_fin"}
OBLIGATOIRES = {MENAGES: (ID_MENAGE,), INDIVIDUS: (ID_INDIVIDU, ID_MENAGE, ROLE)}
# Role codes: the index in ROLES, which is the order of Menage.flattened_roles.
CODES_ROLES = {role: code for code, role in enumerate(ROLES)}
COLONNES_DESCRIPTIVES = {MENAGES: (TYPE_MENAGE,), INDIVIDUS: ()}
AGE_DECALAGE_MOIS = 6  # see date_naissance_depuis_age


def systeme_ou_defaut(tbs=None):
    """The given tax-benefit system, or the package's own."""
    return systeme() if tbs is None else tbs


def variables_d_entree(entite: str, systeme=None) -> dict:
    """Input variables (no formula) of an entity ('menages' or 'individus'), by name."""
    systeme = systeme_ou_defaut(systeme)
    return {
        nom: variable
        for nom, variable in sorted(systeme.variables.items())
        if variable.entity.plural == entite and not variable.formulas
    }


def colonnes_possibles(table: str, systeme=None) -> list[str]:
    """Every column name a table may carry."""
    noms = list(OBLIGATOIRES[table])
    if table == MENAGES:
        noms += [POIDS, *COLONNES_DESCRIPTIVES[MENAGES]]
        noms += [f"{prefixe}{slug}" for prefixe in PREFIXES_AIDES for slug in slugs()]
    else:
        noms.append(AGE)
    noms += list(variables_d_entree(table, systeme))
    return noms


def suggestion_apres_virgule(nom: str, possibles) -> str:
    """' ; vouliez-vous dire « x » ?' ending a clause about an unknown name, else a full stop."""
    trouve = proche(nom, possibles)
    return f" ; vouliez-vous dire « {trouve} » ?" if trouve else "."


def classer_colonnes(table: str, colonnes, fichier: str, fichier_autre: str, systeme) -> dict:
    """Name → kind ('id', 'role', 'poids', 'percoit', 'date_fin', 'texte', 'age', or the Variable). Raises on a bad column."""
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
        elif table == MENAGES and nom.startswith(tuple(PREFIXES_AIDES)):
            prefixe = next(p for p in PREFIXES_AIDES if nom.startswith(p))
            slug = nom[len(prefixe):]
            if slug not in slugs():
                raise ErreurEntree(
                    f"Fichier « {fichier} », colonne « {nom} » : aucune aide du catalogue ne s'appelle « {slug} »"
                    + suggestion_apres_virgule(nom, [f"{prefixe}{s}" for s in slugs()]),
                    champ=nom,
                    fichier=fichier,
                )
            genres[nom] = PREFIXES_AIDES[prefixe]
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
