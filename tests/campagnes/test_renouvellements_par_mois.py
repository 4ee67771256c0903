"""`renouvellements --periode AAAA-MM..AAAA-MM`: the renewals of each month, keyed by month, each month equal to
the list of that month alone (as the batch computes several months from the same facts)."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner
from test_renouvellements import _ecrire

from paris_droits.campagnes import renouvellements
from paris_droits.interfaces.cli.principal import main


def test_chaque_mois_d_une_plage_est_la_liste_de_ce_mois_seul(tmp_path):
    dossier = _ecrire(tmp_path / "echantillon")
    listes = renouvellements.lister_par_mois(dossier, 1, ["2026-10", "2026-11"])
    assert [liste.periode for liste in listes] == ["2026-10", "2026-11"]
    for liste in listes:
        seul = renouvellements.lister(dossier, 1, liste.periode)
        pd.testing.assert_frame_equal(liste.table, seul.table)
        assert (liste.debut, liste.fin, liste.plus_eligibles) == (seul.debut, seul.fin, seul.plus_eligibles)
    # October's window ends on 31/10: L_avant's Paris Logement (ending 31/10/2026) is October's, L_debut's is November's.
    octobre = set(zip(listes[0].table["id_menage"], listes[0].table["aide"], strict=True))
    novembre = set(zip(listes[1].table["id_menage"], listes[1].table["aide"], strict=True))
    assert ("L_avant", "paris_logement") in octobre and ("L_avant", "paris_logement") not in novembre
    assert ("L_debut", "paris_logement") in novembre and ("L_debut", "paris_logement") not in octobre


def test_la_commande_range_les_renouvellements_par_mois(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARIS_DROITS_BASE", raising=False)
    dossier = _ecrire(tmp_path / "echantillon")
    sortie = tmp_path / "renouvellements.csv"
    fait = CliRunner().invoke(main, ["renouvellements", str(dossier), "--echeance", "1", "--periode", "2026-10..2026-11", "-o", str(sortie)])
    assert fait.exit_code == 0, fait.output
    table = pd.read_csv(sortie, dtype={"periode": str})
    assert list(table.columns[:3]) == ["periode", "id_menage", "aide"]
    attendu = renouvellements.table_par_mois(renouvellements.lister_par_mois(dossier, 1, ["2026-10", "2026-11"]))
    assert list(zip(table["periode"], table["id_menage"], table["aide"], strict=True)) == list(
        zip(attendu["periode"], attendu["id_menage"], attendu["aide"], strict=True))
    lignes = fait.stdout.splitlines()
    assert len(lignes) == 2 and lignes[0].startswith(f"{(attendu['periode'] == '2026-10').sum()} renouvellements à préparer : droits qui prennent fin du 01/10/2026")
    assert lignes[1].endswith(f"Liste écrite dans {sortie}.")
    refus = CliRunner().invoke(main, ["renouvellements", str(dossier), "--echeance", "1", "--periode", "2026-11..2026-10"])
    assert (refus.exit_code, refus.stderr.strip()) == (2, "Erreur : Le champ « periode » va de 2026-11 à 2026-10 : le premier mois doit précéder le dernier.")
