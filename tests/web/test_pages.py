"""The web pages of the bilan de droits through Flask's test client: every shipped example imported gives
the command line's results, the saved fiche reads back, the form adapts and keeps every answer, and the
protections (CSRF, CSP, limits) hold. The same pages in a real browser: test_navigateur.py."""

from __future__ import annotations

import copy
import html
import io
import json
import re

import pytest
import yaml
from formulaires import aides, lire, soumettre

from paris_droits.interfaces.web.application import Configuration, creer_application
from paris_droits.interfaces.web.parcours import planifier, questions_affichees
from paris_droits.interfaces.web.questions import NOMS_ETAPES
from paris_droits.menage.evaluation import evaluer
from paris_droits.menage.situation import charger_fichier
from paris_droits.regles import chemins

pytestmark = pytest.mark.xdist_group("pages")  # one worker: the application and each example's imported page, built once
EXEMPLES = sorted(chemins.SITUATIONS.glob("*.json")) + sorted((chemins.RACINE / "docs" / "exemples").glob("*.yaml"))
FICHE_COMPLETE = chemins.RACINE / "docs" / "exemples" / "fiche_menage_complete.yaml"


@pytest.fixture(scope="module")
def client():
    app = creer_application(Configuration(personnes_max=8))
    return app.test_client()


def attendus(resultat: dict) -> dict[str, dict]:
    """Aid by aid, what the page's data attributes must say for evaluer's JSON."""
    return {
        a["slug"]: {"statut": a["statut"],
                    "montant": a["montant_sous_reserve"] if a["statut"] == "a_verifier" and a["montant_sous_reserve"] is not None
                    else a["montant"]}
        for a in resultat["aides"]
    }


def importer(client, chemin, contenu: bytes | None = None, nom: str | None = None):
    page = client.get("/").data.decode()
    jeton = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    donnees = {"csrf_token": jeton, "fichier": (io.BytesIO(contenu if contenu is not None else chemin.read_bytes()), nom or chemin.name)}
    return client.post("/importer", data=donnees, content_type="multipart/form-data")


@pytest.fixture(scope="module")
def page_importee(client):
    """The results page of an example imported (status 200), once for the tests that read it."""
    pages: dict = {}

    def lire(chemin) -> str:
        if chemin not in pages:
            reponse = importer(client, chemin)
            assert reponse.status_code == 200
            pages[chemin] = reponse.data.decode()
        return pages[chemin]

    return lire


@pytest.mark.parametrize("chemin", EXEMPLES, ids=lambda c: c.name)
def test_importer_chaque_exemple_donne_les_resultats_de_evaluer(page_importee, chemin):
    assert aides(page_importee(chemin)) == attendus(evaluer(charger_fichier(chemin)).en_dict())


def test_les_resultats_sont_ceux_de_la_ligne_de_commande_en_json(page_importee, cli):
    chemin = chemins.RACINE / "docs" / "exemples" / "fiche_menage.yaml"
    sortie = cli("evaluer", chemin, "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    en_ligne_de_commande = attendus(json.loads(sortie.stdout))
    # « sous réserve » amounts are compared too
    assert any(a["statut"] == "a_verifier" and a["montant"] > 0 for a in en_ligne_de_commande.values())
    assert aides(page_importee(chemin)) == en_ligne_de_commande


@pytest.mark.parametrize("chemin", EXEMPLES, ids=lambda c: c.name)
def test_la_fiche_enregistree_se_relit_avec_les_memes_resultats(client, page_importee, chemin, tmp_path):
    page = page_importee(chemin)
    reponse = soumettre(client, page, action=None, identifiant="resultats", chemin="/enregistrer")
    assert reponse.status_code == 200
    assert reponse.headers["Content-Disposition"].startswith('attachment; filename="fiche-menage-')
    texte = reponse.data.decode()
    assert texte.startswith("# Fiche ménage enregistrée depuis le bilan de droits")
    fiche = tmp_path / "fiche.yaml"
    fiche.write_text(texte, encoding="utf-8")
    assert attendus(evaluer(charger_fichier(fiche)).en_dict()) == aides(page)


def test_la_ligne_de_commande_lit_la_fiche_enregistree(client, cli, tmp_path):
    page = importer(client, chemins.SITUATIONS / "parent_isole_deux_enfants_locataire.json").data.decode()
    fiche = tmp_path / "fiche.yaml"
    fiche.write_bytes(soumettre(client, page, action=None, identifiant="resultats", chemin="/enregistrer").data)
    sortie = cli("evaluer", fiche, "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    assert attendus(json.loads(sortie.stdout)) == aides(page)


def _parcourir(client, reponses_par_etape: dict[str, dict], fin: str = "resultats"):
    """Walk the form from the first page, answering each step shown, up to the results."""
    page = client.get("/").data.decode()
    vues = []
    for _ in range(len(NOMS_ETAPES) + 1):
        etape = dict(lire(page, "bilan").champs).get("etape")
        if etape is None:
            return page, vues
        vues.append(etape)
        reponse = soumettre(client, page, reponses_par_etape.get(etape, {}))
        assert reponse.status_code == 200, reponse.data.decode()[-2000:]
        page = reponse.data.decode()
    return page, vues


PARENT_ISOLE = {
    "menage": {"periode": "2026-11", "arrondissement": "20", "annees_residence_paris": "5", "nombre_adultes": "1", "nombre_enfants": "2",
               "m-statut_occupation_logement": "locataire_hlm"},
    "personnes": {"a0-prenom": "Nadia", "a0-age": "39", "e0-age": "12", "e1-date_naissance": "20/01/2017",
                  "e0-repas_cantine_par_mois": "16", "e1-repas_cantine_par_mois": "16"},
    "logement": {"m-loyer": "520", "m-charges_locatives": "80", "m-aide_logement": "190", "m-impayes_logement": "non",
                 "m-factures_energie_a_charge": "oui", "m-aide_energie_preventive_recente": "non", "m-titulaire_bail": "oui"},
    "ressources": {"a0-salaire_net": "1 250", "a0-pensions_alimentaires_percues": "180", "m-revenu_fiscal_reference": "14500",
                   "m-nombre_parts_fiscales": "2,5", "m-impot_revenu": "0"},
    "prestations": {"m-allocataire_caf": "oui", "m-quotient_familial_caf": "520", "m-prestations_familiales": "280"},
}


def test_un_parent_isole_obtient_les_droits_de_la_fiche_exemple(client):
    page, vues = _parcourir(client, PARENT_ISOLE)
    assert "Droits de Nadia — novembre 2026" in page
    resultats = aides(page)
    assert resultats["paris_logement_familles_monoparentales"] == {"statut": "eligible", "montant": 150.0}
    assert resultats["restauration_scolaire"] == {"statut": "eligible", "montant": 172.16}
    assert resultats["paris_energie_familles"] == {"statut": "eligible", "montant": 138.0}
    assert vues[:2] == ["menage", "personnes"]


def test_les_questions_sans_objet_ne_sont_pas_posees(client):
    fiche = {"periode": "2026-11", "arrondissement": 20, "annees_residence_paris": 5, "statut_occupation_logement": "locataire_hlm",
             "adultes": [{"age": 30}, {"age": 32}], "enfants": [{"age": 4}]}
    plan = planifier(fiche)
    posees = {q.variable for etape in NOMS_ETAPES for _, q in questions_affichees(etape, fiche, plan)}
    assert not {"retraite_nette", "aspa", "inaptitude_travail", "beneficiaire_apa"} & posees  # a young family
    assert "beneficiaire_aeeh" in posees
    sans_enfant = {**fiche, "enfants": []}
    posees = {q.variable for etape in NOMS_ETAPES for _, q in questions_affichees(etape, sans_enfant, planifier(sans_enfant))}
    assert "beneficiaire_aeeh" not in posees and "repas_cantine_par_mois" not in posees
    assert "duree_sans_domicile_paris_mois" not in posees  # housed: the homeless question does not apply


def test_une_question_que_le_parcours_saute_ne_change_aucun_verdict():
    """The claim of the adaptive form, checked: on the complete example fiche, give every question the form
    would not ask another answer; no aid changes status or amount."""
    from paris_droits.interfaces.web.questions import QUESTIONS
    from paris_droits.menage.traduction import normaliser

    fiche = normaliser(charger_fichier(FICHE_COMPLETE))
    plan = planifier(fiche)
    avant = attendus(evaluer(fiche).en_dict())
    sautees = [q for q in QUESTIONS if q.personnes is None and q.variable not in fiche and not plan.utile(q)
               and q.genre in ("oui_non", "montant", "entier")]
    assert len(sautees) >= 5
    for question in sautees:
        autre = copy.deepcopy(fiche)
        autre[question.variable] = True if question.genre == "oui_non" else 3
        assert attendus(evaluer(autre).en_dict()) == avant, question.variable


def _etape(page: str) -> str | None:
    return dict(lire(page, "bilan").champs).get("etape")


def test_revenir_en_arriere_garde_chaque_reponse(client):
    page = client.get("/").data.decode()
    page = soumettre(client, page, PARENT_ISOLE["menage"]).data.decode()
    page = soumettre(client, page, PARENT_ISOLE["personnes"]).data.decode()
    while _etape(page) != "logement":
        page = soumettre(client, page, {}).data.decode()
    page = soumettre(client, page, {"m-titulaire_bail": "oui"}, action="precedent").data.decode()
    while _etape(page) != "personnes":
        page = soumettre(client, page, {}, action="precedent").data.decode()
    champs = dict(lire(page, "bilan").champs)
    assert champs["a0-prenom"] == "Nadia" and champs["a0-age"] == "39"
    assert champs["e1-date_naissance"] == "2017-01-20" and champs["e0-repas_cantine_par_mois"] == "16"
    while _etape(page) != "logement":  # forward again: the later step's answer is still there
        page = soumettre(client, page, {}).data.decode()
    assert dict(lire(page, "bilan").champs)["m-titulaire_bail"] == "oui"


def test_une_erreur_de_saisie_est_dite_en_francais_et_la_saisie_reste(client):
    page = soumettre(client, client.get("/").data.decode(), PARENT_ISOLE["menage"]).data.decode()
    reponse = soumettre(client, page, {"a0-prenom": "Nadia", "a0-age": "", "e0-age": "douze", "e1-age": "9"})
    texte = html.unescape(reponse.data.decode())
    assert reponse.status_code == 200 and 'role="alert"' in texte
    assert "Nadia : indiquez l'âge ou la date de naissance." in texte
    assert "« Âge » doit être un nombre entier, pas « douze »." in texte
    assert 'value="douze"' in texte and 'aria-invalid="true"' in texte


def test_je_ne_sais_pas_rend_l_aide_a_verifier_avec_son_montant_sous_reserve(client):
    reponses = copy.deepcopy(PARENT_ISOLE)
    reponses["logement"]["m-impayes_logement"] = "nsp"
    page, _ = _parcourir(client, reponses)
    assert aides(page)["paris_logement_familles_monoparentales"] == {"statut": "a_verifier", "montant": 150.0}
    assert "150,00 € sous réserve" in page and "sous réserve : absence d'impayé" in html.unescape(page)


def test_deja_percue_et_totaux(client):
    page, _ = _parcourir(client, PARENT_ISOLE)
    page = soumettre(client, page, {"percue": ["paris_logement_familles_monoparentales"]}, action="recalculer", identifiant="resultats").data.decode()
    assert re.search(r'data-total="deja_percu_mensuel">150,00\s€', page)
    assert re.search(r'data-total="a_demander_mensuel">172,16\s€', page)
    assert "Déjà perçue</span>" in page


def test_changer_de_mois_recalcule_et_le_titre_le_dit(client):
    page, _ = _parcourir(client, PARENT_ISOLE)
    page = soumettre(client, page, {"periode": "2026-06"}, action="recalculer", identifiant="resultats").data.decode()
    assert "Droits de Nadia — juin 2026" in page


def test_modifier_rouvre_le_formulaire_rempli_et_dit_ce_qui_n_est_pas_repris(client, tmp_path):
    situation = json.loads((chemins.SITUATIONS / "famille_sans_dossier_caf.json").read_text(encoding="utf-8"))
    situation["individus"][next(iter(situation["individus"]))]["salaire_net"]["2026-10"] = 1000
    page = importer(client, None, json.dumps(situation).encode(), "situation.json").data.decode()
    assert "Non repris dans le formulaire" in page and "2026-10" in page
    formulaire = soumettre(client, page, action="modifier", identifiant="resultats").data.decode()
    champs = dict(lire(formulaire, "bilan").champs)
    assert champs["etape"] == "menage" and champs["nombre_adultes"] == "2" and champs["arrondissement"]


def test_chaque_formulaire_porte_un_jeton_et_un_envoi_sans_jeton_est_refuse(client):
    page = client.get("/").data.decode()
    assert page.count('name="csrf_token"') == 2  # the form and the import
    reponse = client.post("/bilan", data={"etape": "menage", "fiche": "{}"})
    assert reponse.status_code == 400 and "jeton de sécurité absent ou périmé" in html.unescape(reponse.data.decode())
    assert reponse.content_type.startswith("text/html")
    api = client.post("/evaluer", data=(chemins.SITUATIONS / "couple_deux_eleves.json").read_bytes(), content_type="application/json")
    assert api.status_code == 200  # the JSON API needs no token


def test_entetes_de_securite_et_aucune_ressource_externe_ni_en_ligne(client):
    reponse = client.get("/")
    politique = reponse.headers["Content-Security-Policy"]
    assert "default-src 'none'" in politique and "script-src 'self'" in politique and "frame-ancestors 'none'" in politique
    assert "unsafe-inline" not in politique
    assert reponse.headers["X-Frame-Options"] == "DENY" and reponse.headers["Referrer-Policy"] == "same-origin"
    assert reponse.headers["Cache-Control"] == "no-store"
    for page in (reponse.data.decode(), importer(client, FICHE_COMPLETE).data.decode()):
        assert not re.search(r"<script(?![^>]*\bsrc=\"/statique/)", page)
        assert " style=" not in page and "<style" not in page
        assert not re.search(r"(src|<link[^>]*href)=\"(https?:)?//", page)
    for nom in ("commun.css", "fiche_droits.css", "bilan.css", "bilan.js"):
        assert client.get(f"/statique/{nom}").status_code == 200
    assert "@import" not in client.get("/statique/bilan.css").data.decode()


@pytest.mark.parametrize(
    ("contenu", "nom", "statut", "message"),
    [
        (b"adultes: [", "fiche.yaml", 400, "Le fichier « fiche.yaml » n'est pas un YAML valide (ligne 1)."),
        (b"%PDF-1.4", "fiche.pdf", 415, "Le fichier « fiche.pdf » n'est ni une fiche ménage (.yaml, .yml) ni une situation OpenFisca (.json)."),
        (b"a" * (129 * 1024), "grosse.yaml", 413, "Le fichier « grosse.yaml » dépasse 128 Kio, la taille admise pour une fiche."),
        (b"- 1\n- 2\n", "liste.yaml", 400, "Le fichier « liste.yaml » doit contenir un objet (des clés et des valeurs)."),
        (yaml.safe_dump({"adultes": [{"age": 30 + n} for n in range(9)]}).encode(), "neuf.yaml", 400, "Le ménage décrit 9 personnes ; cette page en accepte au plus 8."),
        (b'{"individus": {"a": {}}, "menages": {"m": {"personne_de_reference": ["a"]}}, "axes": []}', "axes.json", 400,
         "Le champ « axes » n'est pas accepté (balayages non pris en charge)."),
        (b"arrondissement: 21\nadultes: [{age: 30}]\n", "arr.yaml", 400,
         "Le champ « arrondissement » doit être un numéro d'arrondissement de Paris de 1 à 20, pas « 21 »."),
    ],
)
def test_un_fichier_refuse_l_est_en_francais(client, contenu, nom, statut, message):
    reponse = importer(client, None, contenu, nom)
    assert reponse.status_code == statut
    assert message in html.unescape(reponse.data.decode())


def test_l_etat_cache_est_controle_comme_toute_entree(client):
    page = client.get("/").data.decode()
    for etat, attendu in (("[1, 2", "Le champ caché « fiche » de la page n'est pas un JSON valide (ligne 1)."),
                          ("[1, 2]", "Le champ caché « fiche » de la page doit être un objet JSON"),
                          (json.dumps({"adultes": [{"age": 30}] * 9}), "Le ménage décrit 9 personnes ; cette page en accepte au plus 8."),
                          ("x" * (130 * 1024), "Le champ caché « fiche » de la page dépasse 128 Kio")):
        reponse = soumettre(client, page, {"fiche": etat})
        assert reponse.status_code in (400, 413) and attendu in html.unescape(reponse.data.decode())


def test_l_api_garde_ses_routes_et_une_adresse_inconnue_repond_selon_le_client(client):
    assert "bienvenue" in client.get("/api").get_json()
    assert client.get("/nulle-part").get_json() == {"erreur": "Cette adresse n'existe pas dans l'API paris-droits."}
    page = client.get("/nulle-part", headers={"Accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 404 and "Cette page n'existe pas" in html.unescape(page.data.decode())


def test_un_menage_trop_nombreux_est_refuse_a_la_premiere_etape(client):
    page = client.get("/").data.decode()
    reponse = soumettre(client, page, {**PARENT_ISOLE["menage"], "nombre_adultes": "2", "nombre_enfants": "7"})
    texte = html.unescape(reponse.data.decode())
    assert reponse.status_code == 200 and "Le ménage compte 9 personnes ; ce bilan en accepte au plus 8." in texte
    assert dict(lire(texte, "bilan").champs)["etape"] == "menage"


def test_la_fiche_s_enregistre_aussi_en_cours_de_bilan_avec_l_etape_en_cours(client, tmp_path):
    page = soumettre(client, client.get("/").data.decode(), PARENT_ISOLE["menage"]).data.decode()
    reponse = soumettre(client, page, PARENT_ISOLE["personnes"], action=None, chemin="/enregistrer")
    fiche = yaml.safe_load(reponse.data.decode())
    assert fiche["adultes"][0]["prenom"] == "Nadia" and fiche["enfants"][1]["date_naissance"] == "2017-01-20"
    chemin = tmp_path / "fiche.yaml"
    chemin.write_bytes(reponse.data)
    assert evaluer(charger_fichier(chemin)).prenom == "Nadia"
