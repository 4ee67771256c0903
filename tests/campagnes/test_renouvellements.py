"""`renouvellements`: the rights that end within the window (both sides of each bound), kept when the household is
still eligible under next month's rules; the Paris passes' 3-month window that keeps the renewal ceiling; rights
recorded as opened in the store (SQLite and PostgreSQL); the command's output and errors."""

from __future__ import annotations

import datetime
import json
import stat

import pandas as pd
import pytest
from click.testing import CliRunner

from paris_droits.campagnes import creation, renouvellements, resultats
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.principal import main
from paris_droits.lot.calcul import simuler

PERIODE = "2026-11"  # rights ending from 01/11/2026; eligibility under the rules of 2026-12


def _menage(identifiant, **colonnes):
    # A senior living alone on a 950 € pension: Paris Solidarité, Paris Logement and the pass (tax 2 200 €:
    # above the first-request ceiling of 2 028 €, under the renewal ceiling of 2 430 €).
    return {"id_menage": identifiant, "depcom": "75111", "anciennete_residence_paris": 10, "statut_occupation_logement": "locataire_vide",
            "loyer": 700.0, "impot_revenu": 2200.0, **colonnes}


MENAGES = [
    _menage("L_avant", date_fin_paris_logement="2026-10-31"),  # ended before the window
    _menage("L_debut", date_fin_paris_logement="2026-11-01"),  # first day of the window
    _menage("L_fin", date_fin_paris_logement="2026-12-31"),  # last day with --echeance 2
    _menage("L_apres", date_fin_paris_logement="2027-01-01"),  # the day after
    _menage("P_dans_delai", date_fin_pass_paris_seniors="2026-09-01"),  # + 3 months = 01/12/2026: renewal ceiling kept
    _menage("P_hors_delai", date_fin_pass_paris_seniors="2026-08-31"),  # + 3 months = 30/11/2026: first-request ceiling
    _menage("P_hors_delai_sans_impot", impot_revenu=0.0, date_fin_pass_paris_seniors="2026-08-01"),  # earliest pass listed
    _menage("P_trop_ancien", impot_revenu=0.0, date_fin_pass_paris_seniors="2026-07-31"),
    _menage("S_riche", date_fin_paris_solidarite="2026-11-15"),  # income too high next month
    _menage("S_campagne", percoit_paris_solidarite=0.0),  # its right comes from a campaign (test below)
]
RETRAITES = {"S_riche": 4000.0}


def _ecrire(dossier, menages=MENAGES):
    dossier.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(menages).to_csv(dossier / "menages.csv", index=False)
    pd.DataFrame([
        {"id_individu": f"I_{m['id_menage']}", "id_menage": m["id_menage"], "role": "personne_de_reference", "date_naissance": "1950-03-01",
         "retraite_nette": RETRAITES.get(m["id_menage"], 950.0)}
        for m in menages
    ]).to_csv(dossier / "individus.csv", index=False)
    (dossier / "echantillon.json").write_text(json.dumps({"periode": PERIODE}), encoding="utf-8")
    return dossier


@pytest.fixture
def echantillon(tmp_path):
    return _ecrire(tmp_path / "echantillon")


@pytest.fixture(scope="module")
def analyse_decembre_2025(tmp_path_factory):
    """The outreach analysis of the same households in December 2025, computed once for both backends."""
    from paris_droits.non_recours.analyse import analyser

    return analyser(_ecrire(tmp_path_factory.mktemp("decembre") / "echantillon"), "2025-12")


def _cles(resultat):
    return sorted(zip(resultat.table["id_menage"], resultat.table["aide"], strict=True))


def test_les_bornes_de_la_fenetre_sont_incluses_des_deux_cotes(echantillon):
    resultat = renouvellements.lister(echantillon, 2)
    assert (resultat.debut, resultat.fin, resultat.mois_regles) == (datetime.date(2026, 11, 1), datetime.date(2026, 12, 31), "2026-12")
    logement = {m for m, a in _cles(resultat) if a == "paris_logement"}
    assert logement == {"L_debut", "L_fin"}
    assert {m for m, a in _cles(renouvellements.lister(echantillon, 1)) if a == "paris_logement"} == {"L_debut"}


def test_le_pass_garde_le_plafond_de_renouvellement_dans_les_trois_mois_et_pas_au_dela(echantillon):
    resultat = renouvellements.lister(echantillon, 1)
    pass_ = resultat.table[resultat.table["aide"] == "pass_paris_seniors"].set_index("id_menage")

    # Filed in December, 3 months after a pass that ended on 01/09/2026: the renewal ceiling (2 430 €) applies.
    assert pass_.loc["P_dans_delai", "dans_delai_plafond_renouvellement"] is True
    assert pass_.loc["P_dans_delai", "fin_delai_plafond_renouvellement"] == datetime.date(2026, 12, 1)
    # One day earlier, the window has closed: the first-request ceiling (2 028 €) leaves the household out.
    assert "P_hors_delai" not in pass_.index
    # Without income tax, a household out of the window still renews, under the first-request ceiling.
    assert pass_.loc["P_hors_delai_sans_impot", "dans_delai_plafond_renouvellement"] is False
    assert "P_trop_ancien" not in pass_.index
    assert resultat.plus_eligibles == 2  # P_hors_delai's pass, S_riche's Paris Solidarité


def test_le_montant_en_jeu_est_celui_du_mois_suivant_et_les_justificatifs_ceux_du_registre(echantillon):
    from paris_droits.catalogue.registre import aide as aide_du_registre

    resultat = renouvellements.lister(echantillon, 2)
    ligne = resultat.table[resultat.table["id_menage"] == "L_debut"].iloc[0]
    menages = pd.read_csv(echantillon / "menages.csv")
    menages = menages[[c for c in menages.columns if not c.startswith(("date_fin_", "percoit_"))]]
    attendu = simuler(menages, pd.read_csv(echantillon / "individus.csv"), "2026-12").set_index("id_menage")
    assert ligne["montant_annuel_en_jeu"] == pytest.approx(attendu.loc["L_debut", "paris_logement_annuel"])
    assert ligne["montant_mensuel"] == pytest.approx(attendu.loc["L_debut", "paris_logement"])
    pieces = [d.justificatif for d in aide_du_registre("paris_logement").donnees]
    assert ligne["justificatifs_a_demander"].split(" ; ") == list(dict.fromkeys(pieces))
    assert ligne["source"] == "echantillon"
    assert list(resultat.table.columns) == list(renouvellements.COLONNES)


def test_un_droit_ouvert_par_une_campagne_arrive_a_renouvellement_a_la_fin_de_sa_periode_d_attribution(
    base, echantillon, analyse_decembre_2025, tmp_path
):
    # A campaign of December 2025 opens Paris Solidarité on 10/12/2025: 12 months, until 09/12/2026.
    creation.creer(base, "hiver", analyse=analyse_decembre_2025, aides=["paris_solidarite"], graine=1, part_temoin=0.5)
    fichier = tmp_path / "issues.csv"
    fichier.write_text("id_menage,aide,date,issue\nS_campagne,paris_solidarite,2025-12-10,droit_ouvert\n", encoding="utf-8")
    resultats.importer(base, "hiver", fichier)

    resultat = renouvellements.lister(echantillon, 2, base=base)
    ligne = resultat.table[resultat.table["id_menage"] == "S_campagne"].iloc[0]
    assert (ligne["aide"], ligne["date_fin"], ligne["source"]) == ("paris_solidarite", datetime.date(2026, 12, 9), "campagne hiver")
    assert ligne["montant_annuel_en_jeu"] > 0

    # A household of the store missing from the sample cannot be checked: counted, not listed.
    ailleurs = _ecrire(tmp_path / "sans", [m for m in MENAGES if m["id_menage"] != "S_campagne"])
    sans = renouvellements.lister(ailleurs, 2, base=base)
    assert "S_campagne" not in set(sans.table["id_menage"]) and sans.absents == 1


def test_la_fin_d_un_droit_suit_la_duree_d_attribution_du_reglement():
    assert renouvellements.fin_de_droit("paris_solidarite", datetime.date(2025, 12, 10)) == datetime.date(2026, 12, 9)
    # The pass runs from the first day of the month after its attribution, for one year (RM2019 II 3.1 c/2).
    assert renouvellements.fin_de_droit("pass_paris_seniors", datetime.date(2025, 12, 10)) == datetime.date(2026, 12, 31)
    assert renouvellements.fin_de_droit("allocation_accompagnement", datetime.date(2026, 1, 31)) == datetime.date(2026, 4, 29)
    assert renouvellements.fin_de_droit("paris_jeunes_vacances", datetime.date(2026, 1, 31)) is None  # one-off aid
    assert renouvellements.fin_de_droit("paris_solidarite", datetime.date(2019, 8, 31)) is None  # before the règlement encoded


def test_la_commande_ecrit_la_liste_en_0600_et_resume_en_une_ligne(echantillon, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARIS_DROITS_BASE", raising=False)
    sortie = tmp_path / "renouvellements.csv"
    fait = CliRunner().invoke(main, ["renouvellements", str(echantillon), "--echeance", "2", "-o", str(sortie)], prog_name="paris-droits")
    assert fait.exit_code == 0, fait.output
    assert fait.stdout == (
        "4 renouvellements à préparer : droits qui prennent fin du 01/11/2026 au 31/12/2026 (pass Paris : échus depuis moins de 3 mois "
        f"compris), ménages toujours éligibles selon les règles de 2026-12 ; 2 droits de ménages qui ne le sont plus. Liste écrite dans {sortie}.\n"
    )
    assert stat.S_IMODE(sortie.stat().st_mode) == 0o600
    assert sorted(pd.read_csv(sortie)["id_menage"]) == ["L_debut", "L_fin", "P_dans_delai", "P_hors_delai_sans_impot"]


@pytest.mark.parametrize(
    "arguments,message",
    [
        (["--echeance", "0"], "Erreur : Valeur invalide pour « --echeance » : 0 n'est pas dans l'intervalle permis (de 1 à 24). "
         "(aide : « paris-droits renouvellements --help »)"),
        (["--echeance", "1", "--periode", "2026-12"], "Erreur : Le champ « mois qui suit la période » vaut « 2027-01 » : "
         "les règles sont encodées jusqu'à 2026-12."),
        (["--echeance", "1", "--base", "absente.sqlite"], "Erreur : La base « absente.sqlite » n'existe pas : créez d'abord une campagne "
         "(paris-droits campagne creer) ou indiquez la base avec --base."),
    ],
)
def test_une_erreur_de_la_commande_est_une_phrase_en_francais_et_le_code_2(echantillon, tmp_path, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    fait = CliRunner().invoke(main, ["renouvellements", str(echantillon), *arguments], prog_name="paris-droits")
    assert (fait.exit_code, fait.stderr.strip()) == (2, message)


def test_une_date_de_fin_invalide_rejette_le_menage_avec_sa_ligne(tmp_path):
    dossier = _ecrire(tmp_path / "e", [_menage("A", date_fin_paris_logement="2031-01-01"), _menage("B", date_fin_paris_logement="2026-11-30")])
    from paris_droits.lot.echantillon import lire_echantillon, preparer

    lu = lire_echantillon(dossier)
    preparation = preparer(lu.menages, lu.individus, fichiers=(lu.fichier_menages, lu.fichier_individus), periode=PERIODE)
    assert preparation.rejets["raison"].tolist() == [
        "Fichier « menages.csv », ligne 1, colonne « date_fin_paris_logement » : « 2031-01-01 » est postérieure à la fin de la plus "
        "longue attribution possible (31/12/2030)."
    ]
    with pytest.raises(ErreurEntree, match="aucune aide du catalogue ne s'appelle « paris_logemen » ; vouliez-vous dire « date_fin_paris_logement » ?"):
        preparer(pd.DataFrame([{"id_menage": "A", "date_fin_paris_logemen": ""}]), lu.individus.iloc[:1])
