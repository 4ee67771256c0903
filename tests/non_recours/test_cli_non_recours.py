"""The policy-team commands through a real subprocess: exit 0 on real Parquet files, exit 2 with one French sentence on bad input."""

import json
from pathlib import Path

import pandas as pd
import pytest

from paris_droits.catalogue import registre as catalogue

CLES = ("eligibles", "beneficiaires_eligibles", "taux_non_recours", "ic95", "montant_non_reclame_annuel", "erreurs_inclusion")




def test_generer_un_echantillon_synthetique(cli, tmp_path):
    sortie = tmp_path / "echantillon"
    resultat = cli("echantillon", "generer", "--menages", 800, "--graine", 4, "-o", sortie, "--quiet")
    assert resultat.returncode == 0, resultat.stderr
    menages = pd.read_parquet(sortie / "menages.parquet")
    assert len(menages) == 800
    assert {f"percoit_{a.slug}" for a in catalogue.aides()} <= set(menages.columns)
    assert json.loads((sortie / "verite_terrain.json").read_text(encoding="utf-8"))["graine"] == 4


def test_non_recours_en_json_avec_les_cles_documentees_et_rapport_html(cli, dossier_echantillon, tmp_path):
    rapport = tmp_path / "sorties" / "rapport.html"
    resultat = cli(
        "non-recours", dossier_echantillon, "--format", "json", "--replicats", 50, "--par", "qpv", "-o", rapport, "--quiet"
    )
    assert resultat.returncode == 0, resultat.stderr
    donnees = json.loads(resultat.stdout)
    assert set(donnees) == set(catalogue.slugs())
    for slug, objet in donnees.items():
        for cle in CLES:
            assert cle in objet, f"{slug} : clé {cle} absente"
        assert objet["ic95"] is None or len(objet["ic95"]) == 2
        assert "par_qpv" in objet
    html = rapport.read_text(encoding="utf-8")
    assert html.count("<svg") >= 2 and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "<script" not in html and "<link" not in html


def test_non_recours_en_texte_affiche_le_tableau_francais(cli, dossier_echantillon):
    resultat = cli("non-recours", dossier_echantillon, "--replicats", 30, "--quiet")
    assert resultat.returncode == 0, resultat.stderr
    assert "Non-recours" in resultat.stdout and "IC 95 %" in resultat.stdout and "Taux planté" in resultat.stdout


def test_aller_vers_et_versement_automatique(cli, dossier_echantillon, tmp_path):
    liste = tmp_path / "liste.csv"
    resultat = cli("aller-vers", dossier_echantillon, "-o", liste)
    assert resultat.returncode == 0, resultat.stderr
    table = pd.read_csv(liste)
    assert list(table.columns)[:2] == ["rang", "id_menage"]
    resultat = cli("versement-automatique", dossier_echantillon, "--sources", "caf,caisse_des_ecoles", "--format", "json")
    assert resultat.returncode == 0, resultat.stderr
    assert json.loads(resultat.stdout)["sources"] == ["caf", "caisse_des_ecoles"]


@pytest.mark.parametrize(
    "arguments, fragment",
    [
        (("non-recours", "/nexiste/pas"), "n'existe pas"),
        (("non-recours", "--par", "departement"), "choisissez parmi arrondissement"),
        (("non-recours", "--replicats", "zéro"), "replicats"),
        (("versement-automatique", "--sources", "caf,impots"), "source inconnue"),
        (("echantillon", "generer", "--menages", "0", "-o", "x"), "menages"),
    ],
)
def test_une_entree_invalide_sort_en_code_2_avec_une_phrase_francaise(cli, arguments, fragment, tmp_path):
    resultat = cli(*arguments, cwd=tmp_path)
    assert resultat.returncode == 2
    assert resultat.stderr.startswith("Erreur : ") and fragment in resultat.stderr
    assert "Traceback" not in resultat.stderr
    assert not Path(tmp_path / "x").exists()
