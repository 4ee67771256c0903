"""CSV outputs opened in a spreadsheet never run a formula; numbers stay numbers."""

import csv

import pandas as pd

from paris_droits.commun.tableaux import neutraliser_formules
from paris_droits.lot.echantillon import ecrire_table


def test_les_cellules_qui_commencent_comme_une_formule_sont_neutralisees(tmp_path):
    table = pd.DataFrame({
        "id_menage": ["=HYPERLINK(\"http://x\")", "+33 6 12", "-12.5", "@SUM(A1)", "\tcmd", "\rcmd", "M1", "-"],
        "montant": [1.0, -2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
    })
    sortie = ecrire_table(table, tmp_path / "liste.csv")
    assert sortie.read_bytes().startswith(b"id_menage,montant\r\n")  # RFC 4180: CRLF, fields holding CR quoted
    with sortie.open(encoding="utf-8", newline="") as flux:
        lignes = list(csv.reader(flux))[1:]
    relue = pd.DataFrame(lignes, columns=["id_menage", "montant"])
    assert relue["id_menage"].tolist() == [
        "'=HYPERLINK(\"http://x\")", "'+33 6 12", "-12.5", "'@SUM(A1)", "'\tcmd", "'\rcmd", "M1", "'-",
    ]
    assert relue["montant"].tolist() == ["1.0", "-2.5", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0"]


def test_le_parquet_garde_les_valeurs_telles_quelles_et_la_table_d_origine_n_est_pas_modifiee(tmp_path):
    table = pd.DataFrame({"id_menage": ["=1+1", "M2"]})
    ecrire_table(table, tmp_path / "r.parquet")
    assert pd.read_parquet(tmp_path / "r.parquet")["id_menage"].tolist() == ["=1+1", "M2"]
    assert neutraliser_formules(table)["id_menage"].tolist() == ["'=1+1", "M2"]
    assert table["id_menage"].tolist() == ["=1+1", "M2"]
