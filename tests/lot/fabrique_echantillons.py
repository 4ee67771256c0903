"""Small household samples for the batch tests, written as real Parquet or CSV files."""

from __future__ import annotations

import datetime
from pathlib import Path

import pandas as pd
from hypothesis import strategies as st

from paris_droits import systeme
from paris_droits.lot.echantillon import ROLES, variables_d_entree
from paris_droits.regles.bornes import bornes

PERIODE = "2026-11"

# Three households: a couple with two pupils, a single person, a single parent with one child.
MENAGES = [
    {"id_menage": "M1", "poids": 1.5, "depcom": "75119", "loyer": 620.0, "statut_occupation_logement": "locataire_hlm",
     "anciennete_residence_paris": 5, "allocataire_caf": True, "percoit_paris_forfait_familles": False},
    {"id_menage": "M2", "poids": 1.0, "depcom": "75111", "loyer": 900.0, "statut_occupation_logement": "locataire_vide",
     "anciennete_residence_paris": 2, "allocataire_caf": False, "percoit_paris_forfait_familles": False},
    {"id_menage": "M3", "poids": 2.0, "depcom": "75120", "loyer": 450.0, "statut_occupation_logement": "locataire_hlm",
     "anciennete_residence_paris": 10, "allocataire_caf": True, "percoit_paris_forfait_familles": True},
]
INDIVIDUS = [
    {"id_individu": "I1", "id_menage": "M1", "role": "personne_de_reference", "date_naissance": "1984-04-12", "salaire_net": 2100.0, "repas_cantine_par_mois": 0},
    {"id_individu": "I2", "id_menage": "M1", "role": "conjoint", "date_naissance": "1986-09-03", "salaire_net": 1650.0, "repas_cantine_par_mois": 0},
    {"id_individu": "I3", "id_menage": "M1", "role": "enfants", "date_naissance": "2016-02-20", "salaire_net": 0.0, "repas_cantine_par_mois": 16},
    {"id_individu": "I4", "id_menage": "M1", "role": "enfants", "date_naissance": "2019-11-08", "salaire_net": 0.0, "repas_cantine_par_mois": 16},
    {"id_individu": "I5", "id_menage": "M2", "role": "personne_de_reference", "date_naissance": "1990-01-01", "salaire_net": 1500.0, "repas_cantine_par_mois": 0},
    {"id_individu": "I6", "id_menage": "M3", "role": "personne_de_reference", "date_naissance": "1979-05-30", "salaire_net": 900.0, "repas_cantine_par_mois": 0},
    {"id_individu": "I7", "id_menage": "M3", "role": "enfants", "date_naissance": "2014-07-14", "salaire_net": 0.0, "repas_cantine_par_mois": 12},
]


def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    return pd.DataFrame(MENAGES), pd.DataFrame(INDIVIDUS)


def _pour_parquet(table: pd.DataFrame) -> pd.DataFrame:
    """A column holding both numbers and text (an injected defect) is written as a text column."""
    table = table.copy()
    for nom in table.columns:
        if table[nom].dtype == object and table[nom].map(type).nunique() > 1:
            table[nom] = table[nom].map(lambda v: "" if v is None else str(v))
    return table


def ecrire(dossier: Path, menages: pd.DataFrame, individus: pd.DataFrame, format: str) -> Path:
    """Write the two tables with pandas itself (not with the code under test)."""
    dossier.mkdir(parents=True, exist_ok=True)
    for nom, table in (("menages", menages), ("individus", individus)):
        if format == "csv":
            table.to_csv(dossier / f"{nom}.csv", index=False)
        else:
            _pour_parquet(table).to_parquet(dossier / f"{nom}.parquet", index=False)
    return dossier


def modifier(table: pd.DataFrame, identifiant: str, colonne: str, valeur) -> pd.DataFrame:
    """Set one cell of the row whose first column is `identifiant`."""
    table = table.copy().astype({colonne: object}) if colonne in table else table.copy()
    table.loc[table.iloc[:, 0] == identifiant, colonne] = valeur
    return table


def situation(menage: pd.Series, membres: pd.DataFrame, periode: str = PERIODE) -> dict:
    """The OpenFisca situation of one household, from the same rows as the batch."""
    individus = {}
    roles = {"personne_de_reference": [], "conjoint": [], "enfants": [], "autres": []}
    for _, personne in membres.iterrows():
        attributs = {}
        for nom, valeur in personne.items():
            if nom in ("id_individu", "id_menage", "role") or _absent(valeur):
                continue
            attributs[nom] = {"ETERNITY": str(valeur)} if nom == "date_naissance" else {periode: _natif(valeur)}
        individus[str(personne["id_individu"])] = attributs
        roles[personne["role"]].append(str(personne["id_individu"]))
    attributs_menage = {role: ids for role, ids in roles.items() if ids}
    for nom, valeur in menage.items():
        if nom in ("id_menage", "poids") or nom.startswith("percoit_") or _absent(valeur):
            continue
        attributs_menage[nom] = {periode: _natif(valeur)}
    return {"individus": individus, "menages": {"menage": attributs_menage}}


def _absent(valeur) -> bool:
    return valeur is None or (isinstance(valeur, float) and valeur != valeur)


def _natif(valeur):
    return valeur.item() if hasattr(valeur, "item") else valeur


# --- Random households for properties (values within their accepted bounds)

CODES_PARIS = [f"751{n:02d}" for n in range(1, 21)]


def _strategie(variable):
    if variable.name == "depcom":
        return st.sampled_from([*CODES_PARIS, "92012"])
    # Values lean towards the defaults and low incomes, so that most aids have eligible households.
    if variable.value_type is bool:
        return st.sampled_from([variable.default_value, variable.default_value, not variable.default_value])
    maximum = bornes(variable)[1] if bornes(variable) else None  # inputs within their accepted bounds
    if variable.value_type is int:
        return st.integers(0, min(15, maximum))
    if variable.value_type is float:
        if getattr(variable, "unit", None) == "/1":
            return st.sampled_from([v for v in (0.5, 1.0, 1.5, 2.0, 3.0) if v <= maximum])
        return st.one_of(st.just(0.0), st.just(0.0), st.integers(0, 250_000).map(lambda c: c / 100))
    if variable.value_type is datetime.date:
        return st.dates(datetime.date(2000, 1, 1), datetime.date(2026, 11, 30)).map(str)
    if getattr(variable, "possible_values", None) is not None:
        return st.sampled_from([m.name for m in variable.possible_values])
    return None


def _attributs(entite):
    strategies = {}
    for nom, variable in variables_d_entree(entite, systeme()).items():
        if nom == "date_naissance":
            continue
        strategie = _strategie(variable)
        if strategie is not None:
            strategies[nom] = strategie
    return st.fixed_dictionaries({}, optional=strategies)


NAISSANCES = {
    "personne_de_reference": (datetime.date(1935, 1, 1), datetime.date(2007, 12, 31)),
    "conjoint": (datetime.date(1935, 1, 1), datetime.date(2007, 12, 31)),
    "enfants": (datetime.date(2000, 1, 1), datetime.date(2026, 10, 31)),
    "autres": (datetime.date(1930, 1, 1), datetime.date(2008, 12, 31)),
}


@st.composite
def menages_aleatoires(draw):
    nombre = draw(st.integers(1, 4))
    menages, individus = [], []
    for rang in range(nombre):
        id_menage = f"M{rang}"
        roles = ["personne_de_reference"]
        roles += ["conjoint"] * draw(st.integers(0, 1))
        roles += draw(st.lists(st.sampled_from(["enfants", "enfants", "autres"]), max_size=6 - len(roles)))
        menages.append({"id_menage": id_menage, **draw(_attributs("menages"))})
        for numero, role in enumerate(roles):
            naissance = draw(st.one_of(st.none(), st.dates(*NAISSANCES[role]).map(str)))
            personne = {"id_individu": f"{id_menage}-{numero}", "id_menage": id_menage, "role": role, **draw(_attributs("individus"))}
            if naissance is not None:
                personne["date_naissance"] = naissance
            individus.append(personne)
    return pd.DataFrame(menages), pd.DataFrame(individus)


# --- Random samples with random defects (households in = households out + rejects)

DEFAUTS_CELLULE = {
    "loyer": ["beaucoup", -10.0],
    "date_naissance": ["1985-13-01", "demain"],
    "statut_occupation_logement": ["chateau"],
    "allocataire_caf": ["peut-être"],
}


@st.composite
def echantillons_abimes(draw):
    nombre = draw(st.integers(1, 8))
    menages, individus, attendus = [], [], set()
    for rang in range(nombre):
        id_menage = f"M{rang}"
        roles = draw(st.lists(st.sampled_from([*ROLES, "personne_de_reference", "enfant", ""]), min_size=0, max_size=4))
        menage = {"id_menage": id_menage, "loyer": 500.0, "statut_occupation_logement": "locataire_vide", "allocataire_caf": True}
        defaut = draw(st.sampled_from([None, None, "loyer", "statut_occupation_logement", "allocataire_caf", "date_naissance"]))
        if defaut in menage:
            menage[defaut] = draw(st.sampled_from(DEFAUTS_CELLULE[defaut]))
        for numero, role in enumerate(roles):
            personne = {"id_individu": f"{id_menage}-{numero}", "id_menage": id_menage, "role": role, "date_naissance": "1980-01-01"}
            if defaut == "date_naissance" and numero == 0:
                personne["date_naissance"] = draw(st.sampled_from(DEFAUTS_CELLULE["date_naissance"]))
            individus.append(personne)
        invalide = (
            defaut in menage
            or (defaut == "date_naissance" and roles)
            or not roles
            or roles.count("personne_de_reference") != 1
            or roles.count("conjoint") > 1
            or any(r not in ROLES for r in roles)
        )
        if invalide:
            attendus.add(id_menage)
        menages.append(menage)
    colonnes_i = ["id_individu", "id_menage", "role", "date_naissance"]
    return pd.DataFrame(menages), pd.DataFrame(individus, columns=colonnes_i), attendus
