"""Streamed batch runs (paris_droits.lot.flux, sorties, traitement): a sample read by household-aligned
batches gives exactly the results of the sample computed in memory, whatever the batch size, the
number of files and the order of the persons; the sample-level defects are caught across batches
and files; every output appears whole or not at all; several months are keyed by month."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fabrique_echantillons import PERIODE, echantillons_abimes, tables
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot import calcul as lot
from paris_droits.lot import flux
from paris_droits.lot.echantillon import valider
from paris_droits.lot.sorties import lire_resultats
from paris_droits.lot.traitement import traiter
from paris_droits.population.generateur import generer_population


@pytest.fixture(scope="module")
def population():
    return generer_population(2_000, 5, PERIODE)


@pytest.fixture(scope="module")
def attendu(population):
    return lot.simuler(population.menages, population.individus, PERIODE)


def _ecrire_parquet(dossier: Path, table: pd.DataFrame, nom: str, parts: int = 1) -> None:
    """A table as one file, or as a folder of `parts` files cut at random rows."""
    dossier.mkdir(parents=True, exist_ok=True)
    if parts == 1:
        table.to_parquet(dossier / f"{nom}.parquet", index=False)
        return
    (dossier / nom).mkdir()
    coupes = np.linspace(0, len(table), parts + 1).astype(int)
    for rang in range(parts):
        table.iloc[coupes[rang]:coupes[rang + 1]].to_parquet(dossier / nom / f"part-{rang}.parquet", index=False)


@pytest.mark.parametrize(
    ("parts", "melanger", "taille_lot", "format_sortie"),
    [(1, False, 300, "resultats.parquet"), (3, False, 170, "resultats"), (2, True, 450, "resultats.csv"), (1, True, 5_000, "resultats")],
    ids=["un_fichier", "trois_fichiers_jeu", "personnes_melangees_csv", "un_seul_lot"],
)
def test_un_echantillon_lu_par_lots_donne_les_resultats_du_calcul_en_memoire(
    tmp_path, population, attendu, parts, melanger, taille_lot, format_sortie
):
    individus = population.individus.sample(frac=1, random_state=3) if melanger else population.individus
    _ecrire_parquet(tmp_path / "e", population.menages, "menages", parts)
    _ecrire_parquet(tmp_path / "e", individus, "individus", parts)
    sortie = tmp_path / format_sortie
    bilan = traiter(tmp_path / "e", sortie, [PERIODE], taille_lot=taille_lot)
    assert (bilan.menages, bilan.calcules, bilan.rejetes) == (2_000, 2_000, 0)
    lus = lire_resultats(sortie)
    if format_sortie.endswith(".csv"):
        lus = lus.astype({c: bool for c in lus.columns if c.endswith("_eligible")})
    pd.testing.assert_frame_equal(lus, attendu, check_exact=True, check_dtype=not format_sortie.endswith(".csv"))


def test_les_personnes_melangees_passent_par_des_fichiers_temporaires_regroupant_plusieurs_lots(tmp_path, population, attendu, monkeypatch):
    monkeypatch.setattr(flux, "SEAUX_MAX", 3)  # 12 batches in 3 temporary files
    _ecrire_parquet(tmp_path / "e", population.menages, "menages")
    _ecrire_parquet(tmp_path / "e", population.individus.sample(frac=1, random_state=8), "individus")
    traiter(tmp_path / "e", tmp_path / "r.parquet", [PERIODE], taille_lot=170)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "r.parquet"), attendu, check_exact=True)


def _echantillon_parquet(dossier: Path, menages: pd.DataFrame, individus: pd.DataFrame, parts: int) -> Path:
    _ecrire_parquet(dossier, menages, "menages", parts)
    _ecrire_parquet(dossier, individus, "individus", parts)
    return dossier


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(echantillons_abimes(), st.integers(1, 4))
def test_les_rejets_par_lots_sont_ceux_de_l_echantillon_entier_et_aucun_menage_n_est_perdu(tmp_path_factory, echantillon, taille_lot):
    """Households in = computed + rejected, and the same reasons as the whole sample validated in memory,
    naming each row's own file and line."""
    menages, individus, attendus = echantillon
    dossier = tmp_path_factory.mktemp("e")
    _echantillon_parquet(dossier, menages.astype({"allocataire_caf": str, "loyer": str}), individus, 1)
    bilan = traiter(dossier, dossier / "r.csv", [PERIODE], taille_lot=taille_lot)
    rejets = pd.read_csv(dossier / "r.csv.rejets.csv", dtype=str, keep_default_na=False)
    _, _, en_memoire = valider(menages.astype({"allocataire_caf": str, "loyer": str}), individus,
                               fichiers=("menages.parquet", "individus.parquet"))
    assert bilan.menages == len(menages) == bilan.calcules + bilan.rejetes
    assert set(rejets["id_menage"]) == attendus
    assert rejets["raison"].tolist() == en_memoire["raison"].tolist()


def test_un_identifiant_en_double_dans_deux_fichiers_est_trouve_avec_ses_deux_lignes(tmp_path):
    menages = pd.DataFrame({"id_menage": [f"M{k}" for k in range(10)] + ["M3"], "loyer": 500.0})
    individus = pd.DataFrame({"id_individu": range(11), "id_menage": [f"M{k}" for k in range(10)] + ["M3"],
                              "role": "personne_de_reference"})
    _echantillon_parquet(tmp_path / "e", menages, individus, parts=2)
    with pytest.raises(ErreurEntree) as erreur:
        traiter(tmp_path / "e", tmp_path / "r.parquet", [PERIODE], taille_lot=2)
    assert str(erreur.value) == (
        "Fichier « menages/part-1.parquet », ligne 6, colonne « id_menage » : "
        "l'identifiant « M3 » figure déjà ligne 4 de « menages/part-0.parquet »."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e"]


def test_une_personne_d_un_menage_absent_est_trouvee_dans_un_lot_lointain(tmp_path):
    nombre = 50
    menages = pd.DataFrame({"id_menage": np.arange(nombre), "loyer": 500.0})
    individus = pd.DataFrame({"id_individu": np.arange(nombre), "id_menage": np.r_[np.arange(nombre - 1), 999],
                              "role": "personne_de_reference"})
    _echantillon_parquet(tmp_path / "e", menages, individus, parts=3)
    with pytest.raises(ErreurEntree) as erreur:
        traiter(tmp_path / "e", tmp_path / "r.parquet", [PERIODE], taille_lot=7)
    assert str(erreur.value) == (
        "Fichier « individus/part-2.parquet », ligne 17, colonne « id_menage » : le ménage « 999 » n'existe pas dans « menages »."
    )


def test_plusieurs_mois_donnent_des_resultats_par_mois_identiques_aux_calculs_d_un_mois(tmp_path):
    menages, individus = tables()
    _echantillon_parquet(tmp_path / "e", menages, individus, parts=1)
    bilan = traiter(tmp_path / "e", tmp_path / "mois", ["2026-09", "2026-10", "2026-11"], taille_lot=2)
    assert (bilan.calcules, bilan.rejetes) == (9, 0)
    assert sorted(p.name for p in (tmp_path / "mois").iterdir()) == [
        "_resultats.json", "periode=2026-09", "periode=2026-10", "periode=2026-11"
    ]
    description = json.loads((tmp_path / "mois" / "_resultats.json").read_text(encoding="utf-8"))
    assert description["periodes"] == ["2026-09", "2026-10", "2026-11"] and description["calcules"] == 9
    par_mois = lire_resultats(tmp_path / "mois")
    assert par_mois["periode"].tolist() == ["2026-09"] * 3 + ["2026-10"] * 3 + ["2026-11"] * 3
    for mois, groupe in par_mois.groupby("periode"):
        seul = lot.simuler(menages, individus, mois)
        pd.testing.assert_frame_equal(groupe.drop(columns="periode").reset_index(drop=True), seul, check_exact=True)
    traiter(tmp_path / "e", tmp_path / "mois.parquet", ["2026-10", "2026-11"])
    un_fichier = pd.read_parquet(tmp_path / "mois.parquet")
    assert list(un_fichier.columns[:2]) == ["periode", "id_menage"]
    assert un_fichier["periode"].tolist() == ["2026-10"] * 3 + ["2026-11"] * 3


def test_un_jeu_de_resultats_est_ecrit_en_entier_ou_pas_du_tout(tmp_path, monkeypatch):
    menages, individus = tables()
    _echantillon_parquet(tmp_path / "e", menages, individus, parts=1)
    sortie = tmp_path / "r"
    traiter(tmp_path / "e", sortie, [PERIODE], taille_lot=1)
    avant = sorted(p.name for p in sortie.iterdir())
    assert avant == ["_resultats.json", "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert stat.S_IMODE(os.stat(sortie).st_mode) == 0o700
    assert {stat.S_IMODE(os.stat(p).st_mode) for p in sortie.iterdir()} == {0o600}

    appels = []

    def interrompre(*arguments, **options):  # the second batch's write is interrupted
        appels.append(1)
        if len(appels) == 2:
            raise KeyboardInterrupt
        return ecrire_reel(*arguments, **options)

    import pyarrow.parquet as pq

    ecrire_reel = pq.write_table
    monkeypatch.setattr(pq, "write_table", interrompre)
    with pytest.raises(KeyboardInterrupt):
        traiter(tmp_path / "e", sortie, ["2026-10"], taille_lot=1)
    monkeypatch.undo()
    assert sorted(p.name for p in sortie.iterdir()) == avant  # the previous dataset, whole
    assert json.loads((sortie / "_resultats.json").read_text(encoding="utf-8"))["periodes"] == [PERIODE]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e", "r", "r.rejets.csv"]  # no temporary left
    traiter(tmp_path / "e", sortie, ["2026-10"], taille_lot=2)  # replaced whole
    assert sorted(p.name for p in sortie.iterdir()) == ["_resultats.json", "part-00000.parquet", "part-00001.parquet"]
    assert json.loads((sortie / "_resultats.json").read_text(encoding="utf-8"))["periodes"] == ["2026-10"]
