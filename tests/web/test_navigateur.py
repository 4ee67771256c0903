"""The bilan de droits in a real browser: Debian's chromium driven by selenium through Debian's
chromium-driver, over real HTTP against `python -m paris_droits serve`.

One server and one browser for the session (fixtures `serveur` and `navigateur` of tests/web/conftest.py), shared
with the reform page's browser tests (test_navigateur_reformes.py) through the xdist group « navigateur ». The form is
filled by its labels, as a person reads it; the results are read from each aid's data attributes; axe-core
(the copy shipped in the axe-core-python wheel, loaded from its file) checks the form, the results and an
error page. Nothing is downloaded: Selenium Manager is off and the driver and browser paths are Debian's.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from paris_droits.menage.evaluation import evaluer
from paris_droits.menage.situation import charger_fichier
from paris_droits.regles import chemins

NAVIGATEUR, PILOTE = "/usr/bin/chromium", "/usr/bin/chromedriver"
if not (Path(NAVIGATEUR).exists() and Path(PILOTE).exists()):
    pytest.skip("Chromium ou chromium-driver absent : installés par .ci/run (paquets Debian chromium et chromium-driver).",
                allow_module_level=True)
os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads a driver or a browser
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.common.print_page_options import PrintOptions  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.xdist_group("serveur")  # the server and the browser: fixtures of tests/web/conftest.py
MARQUEUR = "Zéphirinette"  # a first name no log or file may keep


def _litteral(texte: str) -> str:
    """An XPath string literal (the texts of the page hold apostrophes, never double quotes)."""
    assert '"' not in texte
    return f'"{texte}"'


def _attendre_page(pilote, ancien):
    def remplacee(_):
        try:
            ancien.is_enabled()
            return False
        except WebDriverException:  # stale, or « does not belong to the document » while the next page loads
            return True

    WebDriverWait(pilote, 30, poll_frequency=0.05).until(remplacee)
    WebDriverWait(pilote, 30, poll_frequency=0.05).until(lambda p: p.execute_script("return document.readyState") == "complete")


def _cliquer(pilote, texte: str):
    html = pilote.find_element(By.TAG_NAME, "html")
    pilote.find_element(By.XPATH, f"//button[normalize-space()={_litteral(texte)}]").click()
    _attendre_page(pilote, html)


ETIQUETTES = """
return Array.from(document.querySelectorAll('label[for]')).map(function (l) {
  var legendes = [], f = l.closest('fieldset'), champ = document.getElementById(l.htmlFor);
  while (f) { var g = f.querySelector(':scope > legend'); legendes.push(g ? g.textContent.trim().replace(/\\s+/g, ' ') : '');
              f = f.parentElement.closest('fieldset'); }
  return [l.textContent.trim().replace(/\\s+/g, ' '), l.htmlFor, legendes, champ, champ ? champ.tagName : ''];
});
"""


def _cible(etiquettes, bloc: str | None, libelle: str, valeur: str):
    """(field, kind) named by a label (within the fieldset whose legend starts with `bloc`), or None.
    A yes/no group is named by its legend; its radio is the one labelled with the answer."""
    for texte, _, legendes, champ, balise in etiquettes:
        dans_bloc = bloc is None or any(legende.startswith(bloc) for legende in legendes)
        if dans_bloc and texte.startswith(libelle):
            return champ, "liste" if balise == "SELECT" else "champ"
        if dans_bloc and legendes and legendes[0].startswith(libelle) and texte == valeur:
            return champ, "radio"
    return None


def _remplir(champ, genre: str, valeur: str) -> None:
    """Click the radio, choose the list's option by its visible text, or clear the field and type the value."""
    if genre == "radio":
        champ.click()
    elif genre == "liste":
        champ.find_element(By.XPATH, f".//option[normalize-space()={_litteral(valeur)}]").click()
    else:
        champ.clear()
        champ.send_keys(valeur)


def _bilan(pilote, adresse: str, reponses: list[tuple[str | None, str, str]]) -> dict:
    """Fill every step by its labels (a question the adaptive form does not show is skipped), then read the results."""
    pilote.get(adresse + "/")
    for _ in range(8):
        if not pilote.find_elements(By.ID, "bilan"):
            break
        etiquettes = pilote.execute_script(ETIQUETTES)
        for bloc, libelle, valeur in reponses:
            cible = _cible(etiquettes, bloc, libelle, valeur)
            if cible is not None:
                _remplir(*cible, valeur)
        _cliquer(pilote, "Continuer")
        assert not pilote.find_elements(By.ID, "erreurs"), pilote.find_element(By.ID, "erreurs").text
    return _resultats(pilote)


RESULTATS = """
return Array.from(document.querySelectorAll('article[data-aide]')).map(function (e) {
  return [e.getAttribute('data-aide'), e.getAttribute('data-statut'), e.getAttribute('data-montant')];
});
"""


def _resultats(pilote) -> dict:
    """Each aid's data attributes, read in one script (one WebDriver call, not three per aid)."""
    return {aide: {"statut": statut, "montant": float(montant)} for aide, statut, montant in pilote.execute_script(RESULTATS)}


def _fiche_de_la_page(pilote) -> dict:
    return json.loads(pilote.find_element(By.NAME, "fiche").get_attribute("value"))


def _attendus(donnees) -> dict:
    return {a["slug"]: {"statut": a["statut"],
                        "montant": a["montant_sous_reserve"] if a["statut"] == "a_verifier" and a["montant_sous_reserve"] is not None
                        else a["montant"]}
            for a in evaluer(donnees).en_dict()["aides"]}


PARENT_ISOLE = [
    (None, "Mois du calcul", "novembre 2026"), (None, "Arrondissement du logement", "Paris 20e"),
    (None, "Années de résidence à Paris", "5 ans ou plus"), (None, "Nombre d'enfants", "2"),
    (None, "Statut d'occupation du logement", "Locataire d'un logement social (HLM)"),
    ("Demandeur", "Prénom", MARQUEUR), ("Demandeur", "Âge", "39"), ("Enfant 1", "Âge", "12"), ("Enfant 2", "ou date de naissance", "20/01/2017"),
    ("Enfant 1", "Repas pris à la cantine", "16"), ("Enfant 2", "Repas pris à la cantine", "16"),
    ("Le ménage", "Loyer mensuel", "520"), ("Le ménage", "Charges locatives", "80"), ("Le ménage", "Aide au logement perçue", "190"),
    ("Le ménage", "Y a-t-il un impayé", "Non"), ("Le ménage", "Le ménage paie-t-il ses factures", "Oui"),
    ("Le ménage", "Une autre aide préventive à l'énergie", "Non"), ("Le ménage", "Le demandeur ou son conjoint est-il titulaire du bail", "Oui"),
    (MARQUEUR, "Salaire net", "1 250"), (MARQUEUR, "Pension alimentaire reçue", "180"),
    ("Le ménage", "Revenu fiscal de référence", "14500"), ("Le ménage", "Nombre de parts fiscales", "2,5"),
    ("Le ménage", "Impôt sur le revenu", "0"),
    ("Le ménage", "Le ménage a-t-il un dossier d'allocataire", "Oui"), ("Le ménage", "Quotient familial de l'attestation CAF", "520"),
    ("Le ménage", "Prestations familiales CAF", "280"),
]
COUPLE_AGE = [
    (None, "Mois du calcul", "novembre 2026"), (None, "Arrondissement du logement", "Paris 13e"),
    (None, "Années de résidence à Paris", "5 ans ou plus"), (None, "Nombre d'adultes", "2"),
    (None, "Statut d'occupation du logement", "Locataire d'un logement social (HLM)"),
    ("Demandeur", "Prénom", "Lucien"), ("Demandeur", "Âge", "78"), ("Adulte 2", "Prénom", "Odette"), ("Adulte 2", "ou date de naissance", "02/03/1950"),
    ("Le ménage", "Loyer mensuel", "430"), ("Le ménage", "Charges locatives", "90"), ("Le ménage", "Aide au logement perçue", "150"),
    ("Le ménage", "Y a-t-il un impayé", "Non"), ("Le ménage", "Le demandeur ou son conjoint est-il titulaire du bail", "Oui"),
    ("Lucien", "Retraites", "980"), ("Odette", "Retraites", "620"),
    ("Le ménage", "Impôt sur le revenu", "0"), ("Le ménage", "Revenu fiscal de référence", "17800"),
    ("Le ménage", "Nombre de parts fiscales", "2"),
    ("Le ménage", "Le demandeur ou son conjoint paie-t-il une mutuelle", "Oui"),
    ("Le ménage", "Complémentaire santé solidaire", "Pas de Complémentaire santé solidaire"),
]
ETUDIANTE = [
    (None, "Mois du calcul", "novembre 2026"), (None, "Arrondissement du logement", "Paris 5e"),
    (None, "Années de résidence à Paris", "0 an"), (None, "Statut d'occupation du logement", "Locataire d'un logement meublé"),
    ("Demandeur", "Prénom", "Léa"), ("Demandeur", "ou date de naissance", "25/03/2006"),
    ("Léa", "Fait des études", "Oui"), ("Léa", "Boursier de l'enseignement supérieur", "Oui"),
    ("Le ménage", "Loyer mensuel", "780"), ("Le ménage", "Charges locatives", "50"), ("Le ménage", "Aide au logement perçue", "190"),
    ("Le ménage", "Durée du bail", "9"), ("Le ménage", "Le bail a-t-il été signé pendant la période", "Oui"),
]


def test_un_parent_isole_rempli_par_les_libelles(serveur, navigateur):
    resultats = _bilan(navigateur, serveur.adresse, PARENT_ISOLE)
    assert navigateur.find_element(By.TAG_NAME, "h1").text == f"Droits de {MARQUEUR} — novembre 2026"
    # The social workers' guide's example (docs/travailleurs-sociaux.md), typed in the form.
    assert resultats["paris_logement_familles_monoparentales"] == {"statut": "eligible", "montant": 150.0}
    assert resultats["restauration_scolaire"] == {"statut": "eligible", "montant": 172.16}
    assert resultats["paris_energie_familles"] == {"statut": "eligible", "montant": 138.0}
    fiche = _fiche_de_la_page(navigateur)
    assert fiche["enfants"][1]["date_naissance"] == "2017-01-20" and fiche["adultes"][0]["salaire_net"] == 1250
    assert resultats == _attendus(fiche)


def test_un_couple_de_retraites_rempli_par_les_libelles(serveur, navigateur):
    resultats = _bilan(navigateur, serveur.adresse, COUPLE_AGE)
    fiche = _fiche_de_la_page(navigateur)
    assert [a.get("retraite_nette") for a in fiche["adultes"]] == [980, 620] and fiche["adultes"][1]["lien"] == "conjoint"
    assert resultats == _attendus(fiche)
    assert resultats["pass_paris_seniors"]["statut"] == "eligible"
    assert resultats["paris_solidarite"]["statut"] == "eligible" and resultats["paris_solidarite"]["montant"] > 0
    assert "beneficiaire_aeeh" not in json.dumps(fiche)  # no child, no AEEH question


def test_une_etudiante_boursiere_remplie_par_les_libelles(serveur, navigateur):
    resultats = _bilan(navigateur, serveur.adresse, ETUDIANTE)
    attendus_partages = json.loads((chemins.RACINE / "tests" / "situations" / "attendus" / "etudiante_boursiere_studio_meuble.json")
                                   .read_text(encoding="utf-8"))["valeurs"]
    assert resultats["aide_installation_logement_etudiant"] == {
        "statut": "eligible", "montant": attendus_partages["aide_installation_logement_etudiant"]}
    assert resultats == _attendus(_fiche_de_la_page(navigateur))


ORDRE_TABULATION = """
var vus = {}, liste = Array.from(document.querySelectorAll(
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), summary'
)).filter(function (e) {
  if (!e.offsetParent && e.tagName !== 'BODY') { return false; }
  if (e.type !== 'radio') { return true; }
  var groupe = document.querySelectorAll('input[type=radio][name="' + e.name + '"]');
  var coche = Array.from(groupe).find(function (r) { return r.checked; });
  return coche ? coche === e : groupe[0] === e;  // one tab stop per radio group
});
var ici = liste.indexOf(document.activeElement), cible = liste.indexOf(document.getElementById(arguments[0]));
return cible > ici ? cible - ici : -1;
"""


def _tabuler_jusqu_a(pilote, identifiant: str, maximum: int = 400) -> None:
    """Press Tab until the field has the focus: as many presses at once as the page's tab order says, then one by one."""
    sauts = pilote.execute_script(ORDRE_TABULATION, identifiant)
    if sauts > 0:
        ActionChains(pilote).send_keys(Keys.TAB * sauts).perform()
    for _ in range(maximum):
        if pilote.execute_script("return document.activeElement && document.activeElement.id") == identifiant:
            return
        ActionChains(pilote).send_keys(Keys.TAB).perform()
    pytest.fail(f"Le champ « {identifiant} » n'est pas atteint au clavier.")


def _taper(pilote, identifiant: str, *touches) -> None:
    _tabuler_jusqu_a(pilote, identifiant)
    ActionChains(pilote).send_keys(*touches).perform()


def _entree(pilote) -> None:
    html = pilote.find_element(By.TAG_NAME, "html")
    ActionChains(pilote).send_keys(Keys.ENTER).perform()
    _attendre_page(pilote, html)


def test_le_bilan_se_fait_au_clavier_seul(serveur, navigateur):
    """Tab to each field, type, arrows in lists and radio groups, Enter to go on: no click at all."""
    navigateur.get(serveur.adresse + "/")
    _taper(navigateur, "arrondissement", *[Keys.DOWN] * 20)  # Paris 20e
    _taper(navigateur, "annees_residence_paris", *[Keys.DOWN] * 6)  # 5 ans ou plus
    _taper(navigateur, "nombre_enfants", Keys.BACKSPACE, "1")
    _taper(navigateur, "m-statut_occupation_logement", Keys.DOWN)  # social housing
    _tabuler_jusqu_a(navigateur, "continuer")
    _entree(navigateur)
    _taper(navigateur, "a0-prenom", "Awa")
    _taper(navigateur, "a0-age", "41")
    _taper(navigateur, "e0-age", "8")
    _taper(navigateur, "e0-repas_cantine_par_mois", "15")
    _entree(navigateur)  # Enter in a text field submits with the form's first button: « Continuer »
    for _ in range(6):
        if not navigateur.find_elements(By.ID, "bilan"):
            break
        if navigateur.find_elements(By.ID, "m-loyer"):
            _taper(navigateur, "m-loyer", "600")
        if navigateur.find_elements(By.ID, "a0-salaire_net"):
            _taper(navigateur, "a0-salaire_net", "1400")
        if navigateur.find_elements(By.ID, "m-impayes_logement-oui"):
            _taper(navigateur, "m-impayes_logement-oui", Keys.SPACE, Keys.DOWN)  # « Oui », then the arrow moves to « Non »
        _tabuler_jusqu_a(navigateur, "continuer")
        _entree(navigateur)
    assert navigateur.find_element(By.TAG_NAME, "h1").text == "Droits de Awa — " + navigateur.find_element(By.TAG_NAME, "h1").text.split("— ")[1]
    fiche = _fiche_de_la_page(navigateur)
    assert fiche["arrondissement"] == 20 and fiche["loyer"] == 600 and fiche["impayes_logement"] is False
    assert fiche["enfants"][0]["repas_cantine_par_mois"] == 15
    assert _resultats(navigateur)["restauration_scolaire"]["statut"] in ("eligible", "a_verifier")


def _importer(pilote, adresse: str, chemin: Path) -> dict:
    pilote.get(adresse + "/")
    pilote.find_element(By.ID, "fichier").send_keys(str(chemin))
    _cliquer(pilote, "Importer et voir les résultats")
    return _resultats(pilote)


@pytest.fixture(scope="module")
def fiche_parent(tmp_path_factory) -> Path:
    """The guide's complete example fiche, its applicant renamed with the marker."""
    chemin = tmp_path_factory.mktemp("fiches") / "fiche_parent.yaml"
    texte = (chemins.RACINE / "docs" / "exemples" / "fiche_menage_complete.yaml").read_text(encoding="utf-8")
    chemin.write_text(texte.replace("prenom: Nadia", f"prenom: {MARQUEUR}"), encoding="utf-8")
    return chemin


@pytest.mark.parametrize("nom", ["parent_isole_enfant_handicape_aeeh.json", "personne_agee_perte_autonomie_domicile.json",
                                 "fiche_menage.yaml"])
def test_importer_une_fiche_dans_le_navigateur(serveur, navigateur, nom):
    chemin = chemins.SITUATIONS / nom if nom.endswith(".json") else chemins.RACINE / "docs" / "exemples" / nom
    assert _importer(navigateur, serveur.adresse, chemin) == _attendus(charger_fichier(chemin))


def _axe(pilote) -> list[dict]:
    fichier = Path(importlib.util.find_spec("axe_core_python").submodule_search_locations[0]) / "axe.min.js"
    pilote.execute_script(fichier.read_text(encoding="utf-8"))
    # Violations only: axe does not detail what passes, which halves its time on a large page (same violations).
    resultat = pilote.execute_async_script(
        "const fini = arguments[arguments.length - 1]; axe.run(document, {resultTypes: ['violations']}).then(fini);")
    return [{"id": v["id"], "impact": v["impact"], "cibles": [n["target"] for n in v["nodes"]][:3]}
            for v in resultat["violations"] if v["impact"] in ("serious", "critical")]


def test_axe_ne_trouve_aucune_violation_grave(serveur, navigateur, fiche_parent):
    adresse = serveur.adresse
    navigateur.get(adresse + "/")
    assert _axe(navigateur) == []  # step 1 and the import form
    Select(navigateur.find_element(By.ID, "arrondissement")).select_by_visible_text("Paris 18e")
    Select(navigateur.find_element(By.ID, "annees_residence_paris")).select_by_visible_text("5 ans ou plus")
    enfants = navigateur.find_element(By.ID, "nombre_enfants")
    enfants.clear()  # (a Backspace typed into the number field left « 10 »: ten children)
    enfants.send_keys("1")
    _cliquer(navigateur, "Continuer")
    _cliquer(navigateur, "Continuer")  # no age given: the step comes back with its errors
    assert "Étape 2 sur 6 : Les personnes" in navigateur.find_element(By.TAG_NAME, "main").text
    assert navigateur.find_elements(By.ID, "erreurs")
    assert _axe(navigateur) == []  # a step with questions and errors
    _importer(navigateur, adresse, fiche_parent)
    navigateur.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert _axe(navigateur) == []  # the results, every detail open
    navigateur.get(adresse + "/nulle-part")
    assert "Cette page n'existe pas" in navigateur.page_source
    assert _axe(navigateur) == []  # an error page


def test_les_resultats_s_impriment_sur_une_page_a4(serveur, navigateur, fiche_parent):
    _importer(navigateur, serveur.adresse, fiche_parent)
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    pdf = base64.b64decode(navigateur.print_page(options))
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    texte = navigateur.execute_script("return document.querySelector('.imprime').textContent")
    assert MARQUEUR in texte and "novembre 2026" in texte and "fiche établie le" in texte


def test_rien_du_menage_n_est_garde_par_le_serveur(serveur, navigateur, fiche_parent):
    """After a bilan with a first name found nowhere else: the server's log and its temporary files do not hold it."""
    _importer(navigateur, serveur.adresse, fiche_parent)
    _cliquer(navigateur, "Modifier les réponses")
    _cliquer(navigateur, "Voir les résultats maintenant") if navigateur.find_elements(
        By.XPATH, "//button[normalize-space()='Voir les résultats maintenant']") else _cliquer(navigateur, "Continuer")
    assert MARQUEUR in navigateur.page_source
    journal = (serveur.dossier / "stderr.txt").read_bytes()
    assert MARQUEUR.encode() not in journal and b"Nadia" not in journal
    for fichier in serveur.dossier.rglob("*"):
        if fichier.is_file():
            assert MARQUEUR.encode() not in fichier.read_bytes(), fichier
    cookies = " ".join(c["value"] for c in navigateur.get_cookies())
    assert MARQUEUR not in cookies and "1250" not in cookies and len(cookies) < 200  # the CSRF token only
    assert shutil.which("chromium") or Path(NAVIGATEUR).exists()
