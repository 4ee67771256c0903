"""Every tabular output writes a .xlsx workbook when asked: one sheet per table, French column titles,
money in euros, rates in percent, a frozen header; read back with openpyxl."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.tableaux import Feuille, ecrire_classeur
from paris_droits.interfaces.cli.principal import main

FORMAT_EUROS = '#,##0.00\\ "€"'


def _lancer(*arguments):
    resultat = CliRunner().invoke(main, [str(a) for a in arguments], prog_name="paris-droits")
    assert resultat.exit_code == 0, resultat.stderr
    return resultat


def _entete(onglet) -> list[str]:
    return [c.value for c in next(onglet.iter_rows(min_row=1, max_row=1))]


def _colonne(onglet, titre: str) -> list:
    rang = _entete(onglet).index(titre)
    return [ligne[rang] for ligne in onglet.iter_rows(min_row=2, values_only=True)]


def test_un_classeur_a_ses_titres_francais_ses_formats_et_son_entete_fige(tmp_path):
    table = pd.DataFrame({"id_menage": ["M1", "=2+2"], "montant": [1234.5, -3.0], "taux": [0.125, np.nan], "ok": [True, False]})
    chemin = ecrire_classeur(tmp_path / "t.xlsx", [Feuille("Ma table", table, {"montant": "Montant (€)"}, {"montant": "euros", "taux": "pourcentage"})])
    onglet = load_workbook(chemin)["Ma table"]
    assert onglet.freeze_panes == "A2"
    assert _entete(onglet) == ["id_menage", "Montant (€)", "taux", "ok"]
    assert [c.value for c in onglet["B"][1:]] == [1234.5, -3.0] and onglet["B2"].number_format == FORMAT_EUROS
    assert onglet["C2"].number_format == "0.0\\ %" and onglet["C3"].value is None
    assert [c.value for c in onglet["A"][1:]] == ["M1", "'=2+2"]  # a formula in a cell is shown, never run
    assert [c.value for c in onglet["D"][1:]] == ["oui", "non"]
    assert oct(chemin.stat().st_mode & 0o777) == oct(0o644)


def test_une_table_plus_longue_qu_une_feuille_est_refusee_en_francais(tmp_path, monkeypatch):
    monkeypatch.setattr("paris_droits.commun.tableaux.LIGNES_MAX_XLSX", 2)
    with pytest.raises(ErreurEntree, match="plus qu'une feuille de tableur n'en contient"):
        ecrire_classeur(tmp_path / "t.xlsx", [Feuille("T", pd.DataFrame({"a": [1, 2, 3]}))])
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def echantillon(tmp_path_factory):
    dossier = tmp_path_factory.mktemp("echantillon")
    _lancer("echantillon", "generer", "--menages", 400, "--graine", 3, "-o", dossier, "--quiet")
    return dossier


def test_lot_en_classeur_donne_les_resultats_et_les_rejets(tmp_path, echantillon):
    _lancer("lot", echantillon, "-o", tmp_path / "r.xlsx", "-q")
    classeur = load_workbook(tmp_path / "r.xlsx")
    assert classeur.sheetnames == ["Résultats", "Rejets"]
    resultats = classeur["Résultats"]
    attendu = pd.read_parquet(echantillon / "menages.parquet")["id_menage"].astype(str).tolist()
    assert [str(v) for v in _colonne(resultats, "Identifiant du ménage")] == attendu
    titre = "Paris Logement Familles (€ par an)"
    assert titre in _entete(resultats)
    rang = _entete(resultats).index(titre) + 1
    assert resultats.cell(row=2, column=rang).number_format == FORMAT_EUROS
    assert oct((tmp_path / "r.xlsx").stat().st_mode & 0o777) == oct(0o600)
    assert not (tmp_path / "r.xlsx.rejets.csv").exists()


def test_aller_vers_non_recours_versement_et_reforme_en_classeur(tmp_path, echantillon):
    _lancer("aller-vers", echantillon, "-o", tmp_path / "liste.xlsx")
    liste = load_workbook(tmp_path / "liste.xlsx")["Ménages à contacter"]
    assert _entete(liste)[:3] == ["Rang", "Identifiant du ménage", "Montant non réclamé (€ par an)"]
    montants = _colonne(liste, "Montant non réclamé (€ par an)")
    assert montants == sorted(montants, reverse=True) and montants[0] > 0

    _lancer("non-recours", echantillon, "--replicats", 20, "--par", "qpv", "-o", tmp_path / "nr.xlsx", "--quiet")
    nr = load_workbook(tmp_path / "nr.xlsx")
    assert nr.sheetnames == ["Par aide", "Par quartier prioritaire"]
    taux = [t for t in _colonne(nr["Par aide"], "Taux de non-recours") if t is not None]
    assert taux and all(0 <= t <= 1 for t in taux)

    _lancer("versement-automatique", echantillon, "--sources", "caf", "-o", tmp_path / "va.xlsx")
    assert load_workbook(tmp_path / "va.xlsx").sheetnames == ["Par aide", "Ensemble"]

    _lancer("reforme", "comparer", echantillon, "--reforme", "cantine_gratuite_tranches_1_2", "--periode", "2026-11",
            "-o", tmp_path / "reforme.xlsx", "--quiet")
    reforme = load_workbook(tmp_path / "reforme.xlsx")
    assert reforme.sheetnames[:2] == ["Résumé", "Par aide"] and "Par décile de niveau de vie" in reforme.sheetnames
    resume = dict(reforme["Résumé"].iter_rows(min_row=2, values_only=True))
    assert resume["Coût annuel, tous ayants droit (€)"] > 0
