"""The reform page in a real browser (Debian's chromium through selenium, over real HTTP, the server and the browser
of tests/web/conftest.py shared with test_navigateur.py): a policy officer opens /reformes, lowers the PLFM ceiling,
runs it on the embedded sample, reads the cost in the results, downloads the reform and runs the downloaded YAML in
the command line: the same figures. axe-core checks the form and the results."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from test_navigateur import _attendre_page, _axe, _cliquer  # its module-level skip applies here too

from paris_droits.interfaces.web.reglages import Reglages
from paris_droits.rapports.graphiques import BAISSE
from paris_droits.rapports.reforme import CHIFFRES_CLES

pytestmark = pytest.mark.xdist_group("serveur")
PLAFOND = "familles.paris_logement_familles_monoparentales.plafond_ressources"


def _chiffres(pilote) -> dict[str, float]:
    bloc = pilote.find_element(By.ID, "chiffres-cles")
    return {cle: float(bloc.get_attribute("data-" + cle.replace("_", "-"))) for cle in CHIFFRES_CLES}


def _attendre_fichier(dossier: Path, nom: str, secondes: float = 20) -> Path:
    fichier = dossier / nom
    limite = time.monotonic() + secondes
    while not (fichier.exists() and not list(dossier.glob("*.crdownload"))):
        if time.monotonic() > limite:
            pytest.fail(f"Le fichier « {nom} » n'a pas été téléchargé : {list(dossier.iterdir())}")
        time.sleep(0.1)
    return fichier


def test_une_reforme_editee_dans_le_navigateur_et_son_yaml_en_ligne_de_commande(serveur, navigateur, cli, tmp_path):
    pilote = navigateur
    pilote.get(serveur.adresse + "/")
    html = pilote.find_element(By.TAG_NAME, "html")
    pilote.find_element(By.LINK_TEXT, "Simuler une réforme").click()  # the site's navigation
    _attendre_page(pilote, html)
    assert pilote.find_element(By.TAG_NAME, "h1").text.startswith("Simuler une réforme")
    # The aid's parameters open on a click of its summary; the ceiling's value in force is shown.
    pilote.find_element(By.CSS_SELECTOR, "#aide-paris_logement_familles_monoparentales > summary").click()
    champ = pilote.find_element(By.ID, f"v:{PLAFOND}")
    assert "1 600,00 €" in pilote.find_element(By.ID, "aide-paris_logement_familles_monoparentales").text.replace("\u202f", " ")
    champ.send_keys("1 450")
    date = pilote.find_element(By.ID, f"d:{PLAFOND}")
    date.clear()
    date.send_keys("01/09/2026")
    pilote.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert _axe(pilote) == []  # the form, every aid's parameters open
    _cliquer(pilote, "Simuler la réforme")
    assert not pilote.find_elements(By.ID, "erreurs"), pilote.find_element(By.ID, "erreurs").text
    page = _chiffres(pilote)
    assert page["cout_annuel_droits"] < 0 and page["menages_perdants"] > 0 and page["menages_gagnants"] == 0
    assert "Plafond de revenus mensuels de Paris Logement Familles Monoparentales" in pilote.find_element(By.TAG_NAME, "h1").text
    # The charts draw savings in their colour under the page's Content-Security-Policy (no inline CSS).
    couleurs = pilote.execute_script(
        "return Array.from(document.querySelectorAll('#graphique-aides svg path')).map(p => getComputedStyle(p).fill)")
    rouge, vert, bleu = (int(BAISSE[i:i + 2], 16) for i in (1, 3, 5))
    assert f"rgb({rouge}, {vert}, {bleu})" in couleurs
    assert _axe(pilote) == []  # the results: the reform report in the site's layout
    # « Télécharger la réforme », then the downloaded YAML in the command line: the same figures.
    telechargements = tmp_path / "telechargements"
    telechargements.mkdir()
    pilote.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(telechargements)})
    pilote.find_element(By.ID, "telecharger").click()
    fichier = _attendre_fichier(telechargements, "reforme-editee.yaml")
    sortie = cli("reforme", "comparer", "--reforme", fichier, "--periode", "2026-11", "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    resultat = json.loads(sortie.stdout)
    assert {cle: resultat[cle] for cle in CHIFFRES_CLES} == page
    assert resultat["libelle"].startswith("Plafond de revenus mensuels de Paris Logement Familles Monoparentales : 1")


def test_un_echantillon_trop_gros_envoye_du_navigateur_donne_la_page_d_erreur_en_francais(serveur, navigateur, tmp_path):
    # The server refuses the upload before reading it (over 16 Mio): the browser shows the reform page's own
    # error page, not the server's JSON, and the way back to the form.
    pilote = navigateur
    gros, petit = tmp_path / "menages.csv", tmp_path / "individus.csv"
    gros.write_bytes(b"id_menage,poids\n" + b"1,1\n" * (Reglages().taille_max_echantillon // 4 + 1))
    petit.write_bytes(b"id_individu,id_menage,role\n1,1,personne_de_reference\n")
    pilote.get(serveur.adresse + "/reformes")
    html = pilote.find_element(By.TAG_NAME, "html")
    pilote.find_element(By.CSS_SELECTOR, "label[for='echantillon-televerse']").click()
    pilote.find_element(By.ID, "menages").send_keys(str(gros))
    pilote.find_element(By.ID, "individus").send_keys(str(petit))
    pilote.find_element(By.XPATH, "//button[normalize-space()='Simuler la réforme']").click()
    _attendre_page(pilote, html)
    assert pilote.find_element(By.TAG_NAME, "h1").text == "La réforme n'a pas pu être simulée"
    alerte = pilote.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert alerte.startswith("L'envoi dépasse 16 Mio, la taille admise sur cette page pour un échantillon")
    assert pilote.find_element(By.LINK_TEXT, "Revenir à la page des réformes").get_attribute("href").endswith("/reformes")
