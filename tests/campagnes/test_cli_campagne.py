"""`paris-droits campagne …` from creation to bilan and deletion, on each backend; French errors with exit code 2."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner
from simulation import issues_simulees

from paris_droits.interfaces.cli.principal import main


def _lancer(*arguments):
    resultat = CliRunner().invoke(main, [str(a) for a in arguments], prog_name="paris-droits")
    return resultat


def test_une_campagne_de_la_creation_au_bilan_puis_supprimee(url_base, dossier_echantillon, tmp_path):
    creee = _lancer("campagne", "creer", "automne", "--echantillon", dossier_echantillon, "--aide", "pass_paris_seniors",
                    "--aide", "paris_jeunes_vacances", "--temoin", "0.3", "--graine", "12", "--base", url_base)
    assert creee.exit_code == 0, creee.output
    trouve = re.match(r"Campagne « automne » créée dans .* : (\d+) ménages à contacter, (\d+) témoins à ne pas contacter \(graine 12, mois 2026-11, "
                      r"résultats admis du 01/11/2026 au 31/10/2027\)\.", creee.stdout)
    assert trouve, creee.stdout
    assert "  Pass Paris Seniors : " in creee.stdout and "  Paris Jeunes Vacances : " in creee.stdout

    liste = tmp_path / "liste.csv"
    assert _lancer("campagne", "exporter", "automne", "-o", liste, "--avec-temoins", "--base", url_base).exit_code == 0
    table = pd.read_csv(liste, dtype={"id_menage": str})
    assert table["id_menage"].nunique() == int(trouve.group(1)) + int(trouve.group(2))
    issues = tmp_path / "issues.csv"
    issues_simulees(table, pd.Timestamp("2026-11-01").date(), 0.1, 0.15, graine=9).to_csv(issues, index=False)
    importe = _lancer("campagne", "resultats", "automne", issues, "--base", url_base)
    assert importe.exit_code == 0 and re.fullmatch(r"\d+ issues lues : \d+ ajoutées, 0 motifs mis à jour, 0 déjà enregistrées\.\n", importe.stdout)

    en_json = _lancer("campagne", "bilan", "automne", "--format", "json", "--cout-contact", "4.5", "--base", url_base)
    bilan = json.loads(en_json.stdout)
    for cle in ("contactes", "temoins", "taux_recours_contactes", "taux_recours_temoins", "effet", "ic95", "droits_ouverts", "montant_annuel_ouvert"):
        assert cle in bilan["ensemble"] and all(cle in ligne for ligne in bilan["par_aide"].values())
    assert set(bilan["par_aide"]) == {"pass_paris_seniors", "paris_jeunes_vacances"}
    assert bilan["campagne"]["nom"] == "automne" and bilan["campagne"]["graine"] == 12
    assert len(bilan["ensemble"]["ic95"]) == 2 and bilan["ensemble"]["cout_total"] == 4.5 * bilan["ensemble"]["contactes"]

    html = tmp_path / "bilan.html"
    assert _lancer("campagne", "bilan", "automne", "--format", "html", "-o", html, "--base", url_base).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "Pass Paris Seniors" in page and not re.search(r"(src|href)=\"(https?:)?//", page)
    texte = _lancer("campagne", "bilan", "automne", "--base", url_base).stdout
    assert texte.startswith("Campagne « automne » : liste d'aller-vers de 2026-11") and "Ensemble (stratifié par aide)" in texte

    assert "automne : mois 2026-11" in _lancer("campagne", "lister", "--base", url_base).stdout
    supprimee = _lancer("campagne", "supprimer", "automne", "--oui", "--base", url_base)
    assert re.fullmatch(r"Campagne « automne » supprimée : \d+ propositions, \d+ issues et 0 suivis effacés\.\n", supprimee.stdout)
    assert _lancer("campagne", "lister", "--base", url_base).stdout == "Aucune campagne dans la base.\n"
    absente = _lancer("campagne", "bilan", "automne", "--base", url_base)
    assert absente.exit_code == 2 and absente.stderr == "Erreur : La campagne « automne » n'existe pas dans la base.\n"


@pytest.mark.parametrize(
    "arguments,message",
    [
        (["campagne", "bilan", "absente"], "Erreur : La base « sorties/paris-droits.sqlite » n'existe pas : créez d'abord une campagne "
         "(paris-droits campagne creer) ou indiquez la base avec --base."),
        (["campagne", "creer", "x", "--temoin", "1"], "Erreur : Valeur invalide pour « --temoin » : 1.0 n'est pas dans l'intervalle permis "
         "(plus de 0 et moins de 1). (aide : « paris-droits campagne creer --help »)"),
        (["campagne", "creer", "x", "--arrondissement", "21"], "Erreur : Valeur invalide pour « --arrondissement » : 21 n'est pas dans "
         "l'intervalle permis (de 1 à 20). (aide : « paris-droits campagne creer --help »)"),
        (["campagne", "bilan", "x", "--format", "pdf"], "Erreur : Valeur invalide pour « --format » : « pdf » n'est pas l'une des valeurs "
         "permises (« texte », « json », « html »). (aide : « paris-droits campagne bilan --help »)"),
        (["campagne", "exporter", "x", "-o", "liste.ods"], "Erreur : Le fichier de sortie « liste.ods » doit se terminer par .csv ou .xlsx."),
        (["campagne", "creer", "nom avec espaces"], "Erreur : Le champ « nom » doit être un nom de campagne de 1 à 100 caractères "
         "(lettres sans accent, chiffres, « _ », « - » ou « . », en commençant par une lettre ou un chiffre), pas « nom avec espaces »."),
        (["campagne", "lister", "--base", "oracle://h/b"], "Erreur : Le champ « base » désigne une base « oracle » : seules SQLite "
         "(sqlite:///…) et PostgreSQL (postgresql://…) sont prises en charge."),
    ],
)
def test_une_erreur_donne_une_phrase_en_francais_et_le_code_2(tmp_path, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARIS_DROITS_BASE", raising=False)
    resultat = _lancer(*arguments)
    assert resultat.exit_code == 2
    assert resultat.stderr.strip() == message
    assert resultat.stdout == ""
    assert not (tmp_path / "sorties").exists()  # no store created by a command that failed
