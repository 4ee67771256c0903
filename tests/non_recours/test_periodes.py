"""Several months at once: `--periode AAAA-MM..AAAA-MM` gives one estimate per month, each the estimate of
that month alone; the batch results keyed by month (paris_droits.lot.simuler_par_mois) are each month's
results; a month range and a one-month HTML report are refused together in French."""

from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner

from paris_droits.interfaces.cli.principal import main
from paris_droits.lot import simuler, simuler_par_mois
from paris_droits.lot.echantillon import Echantillon
from paris_droits.non_recours.estimation import estimer, estimer_periodes, taux_global

MOIS = ["2026-09", "2026-10", "2026-11"]


def test_une_estimation_par_mois_egale_a_l_estimation_de_ce_mois_seul(echantillon_synthetique):
    echantillon = Echantillon(echantillon_synthetique.menages, echantillon_synthetique.individus)
    estimations = estimer_periodes(echantillon, MOIS, replicats=40)
    assert estimations.periodes == MOIS
    for mois in MOIS:
        assert estimations.par_periode[mois].en_dict() == estimer(echantillon, mois, replicats=40).en_dict()
    # Babies born in October or November are not yet born in September: their households are set aside.
    assert estimations.par_periode["2026-09"].menages_rejetes > 0 == estimations.par_periode["2026-11"].menages_rejetes
    assert 0 < taux_global(estimations.par_periode["2026-11"]) < 1
    table = estimations.en_dataframe()
    assert list(table.columns[:2]) == ["periode", "slug"] and set(table["periode"]) == set(MOIS)


def test_les_resultats_par_mois_sont_ceux_de_chaque_mois(echantillon_synthetique):
    menages = echantillon_synthetique.menages.head(300)
    individus = echantillon_synthetique.individus[echantillon_synthetique.individus["id_menage"].isin(menages["id_menage"])]
    individus = individus[pd.to_datetime(individus["date_naissance"]) < "2026-09-01"]
    menages = menages[menages["id_menage"].isin(individus["id_menage"])]
    par_mois = simuler_par_mois(menages, individus, ["2026-10", "2026-11"], taille_lot=70)
    assert par_mois["periode"].tolist() == ["2026-10"] * len(menages) + ["2026-11"] * len(menages)
    for mois, groupe in par_mois.groupby("periode"):
        pd.testing.assert_frame_equal(groupe.drop(columns="periode").reset_index(drop=True), simuler(menages, individus, mois),
                                      check_exact=True)


def test_la_commande_non_recours_donne_un_tableau_par_mois_et_refuse_un_rapport_html_sur_une_plage(dossier_echantillon, tmp_path):
    plage = "2026-10..2026-11"
    resultat = CliRunner().invoke(main, ["non-recours", str(dossier_echantillon), "--periode", plage, "--replicats", "20",
                                         "--format", "json", "--quiet"])
    assert resultat.exit_code == 0, resultat.stderr
    assert json.loads(resultat.stdout)["periodes"] == ["2026-10", "2026-11"]
    texte = CliRunner().invoke(main, ["non-recours", str(dossier_echantillon), "--periode", plage, "--replicats", "20", "--quiet"])
    assert texte.stdout.startswith("Non-recours de octobre 2026 à novembre 2026 (2 mois)")
    refus = CliRunner().invoke(main, ["non-recours", str(dossier_echantillon), "--periode", plage, "-o", str(tmp_path / "r.html")])
    assert (refus.exit_code, refus.stderr) == (
        2, "Erreur : Le rapport (-o) porte sur un mois : avec une plage de mois, utilisez le texte ou --format json, "
           "ou un rapport par mois (--periode AAAA-MM).\n",
    )
    assert not (tmp_path / "r.html").exists()
