"""The reform page (/reformes) through Flask's test client: the form lists every aid's parameters with their value in
force, an edit runs on the embedded sample and its results are the reform report, whose figures the downloaded YAML
gives again in the command line; refused inputs in French, next to their field; uploads bounded; CSRF; nothing left
on disk. (The same in a real browser: tests/web/test_navigateur_reformes.py.)"""

from __future__ import annotations

import html
import io
import json
import re
import tempfile

import pytest
import yaml
from formulaires import lire, soumettre

from paris_droits import reformes
from paris_droits.interfaces.web import pages_reformes
from paris_droits.interfaces.web.application import Configuration, creer_application
from paris_droits.lot.echantillon import Echantillon
from paris_droits.population.synthese import generer_echantillon
from paris_droits.rapports.reforme import CHIFFRES_CLES
from paris_droits.regles.reformes import lire_reforme_parametrique

pytestmark = pytest.mark.xdist_group("pages_reformes")  # one worker: the embedded sample's baseline and the edit, computed once
PLAFOND = "familles.paris_logement_familles_monoparentales.plafond_ressources"
TARIFS = "restauration_scolaire.tarifs"
EDITION = {f"v:{PLAFOND}": "1 450", f"d:{PLAFOND}": "01/09/2026"}  # the shipped savings scenario, typed in the form


@pytest.fixture(scope="module")
def client():
    return creer_application(Configuration(taille_max_echantillon_octets=1024 * 1024)).test_client()


@pytest.fixture(scope="module")
def formulaire(client) -> str:
    return client.get("/reformes").data.decode()


@pytest.fixture(scope="module")
def temporaire(tmp_path_factory):
    """The temporary-files folder while the edit of `resultats` is simulated."""
    return tmp_path_factory.mktemp("temporaire")


@pytest.fixture(scope="module")
def resultats(client, formulaire, temporaire):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(temporaire))
        reponse = soumettre(client, formulaire, EDITION, action=None, identifiant="reforme")
    assert reponse.status_code == 200, texte(reponse)[:2000]
    return reponse.data.decode()


def texte(reponse) -> str:
    return html.unescape(reponse.data.decode() if hasattr(reponse, "data") else reponse)


def chiffres_cles(page: str) -> dict[str, float]:
    bloc = re.search(r'<div class="chiffres" id="chiffres-cles"([^>]*)>', page).group(1)
    return {cle.replace("-", "_"): float(valeur) for cle, valeur in re.findall(r' data-([a-z-]+)="([^"]*)"', bloc)}


def erreurs(page: str) -> list[str]:
    bloc = re.search(r'<div class="erreurs" role="alert" id="erreurs">(.*?)</div>', page, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", e).split()) for e in re.findall(r"<li>(.*?)</li>", html.unescape(bloc.group(1)), re.S)] if bloc else []


def test_le_formulaire_donne_pour_chaque_aide_ses_parametres_en_vigueur(formulaire):
    page = html.unescape(formulaire)
    assert "<h1>Simuler une réforme" in page and 'aria-current="page">Simuler une réforme</a>' in page
    # The PLFM ceiling: value in force, unit, since when, source (RM2019 IV 2.2), its value and date fields.
    bloc = page[page.index("<legend>Plafond de revenus mensuels de Paris Logement Familles Monoparentales</legend>"):]
    bloc = bloc[:bloc.index("</fieldset>")]
    assert "En vigueur : <strong>1\u202f600,00 €</strong>" in bloc and "depuis le 01/01/2012" in bloc and "titre IV 2.2" in bloc
    assert f'name="v:{PLAFOND}"' in bloc and f'name="d:{PLAFOND}"' in bloc and 'value="01/11/2026"' in bloc
    assert "Nouvelle valeur <span class=\"unite\">(€)</span>" in bloc
    # The canteen tariffs: one grid, one field per tranche with its amount in force.
    for rang in range(10):
        assert f'id="v:{TARIFS}:{rang}"' in page
    assert "Tranche 1 <span class=\"unite\">(en vigueur : 0,13 €)</span>" in page
    # Every shipped reform, by its French label.
    for nom in (*reformes.reformes_codees(), *reformes.reformes_parametriques()):
        assert f'value="{nom}"' in page
    assert "Plafond de Paris Logement Familles Monoparentales abaissé à 1 450 € (scénario d'économie)" in page
    # A grid no longer in force is not offered; at a month when it was, it is.
    assert "pass_paris_access.participation_annuelle_par_impot" not in page


def test_un_autre_mois_montre_ses_valeurs_et_un_mois_hors_des_regles_est_refuse(client):
    page = texte(client.get("/reformes?mois=2017-06"))
    assert "seniors_handicap.pass_paris_access.participation_annuelle_par_impot" in page and "en juin 2017" in page
    reponse = client.get("/reformes?mois=2031-01")
    assert reponse.status_code == 400
    assert "Le champ « mois » vaut « 2031-01 » : les règles sont encodées jusqu'à 2026-12." in texte(reponse)
    assert 'id="mois-erreur"' in texte(reponse) and 'aria-describedby="mois-erreur"' in texte(reponse)  # next to its field


def test_la_navigation_du_site_mene_aux_deux_pages(client):
    for adresse in ("/", "/reformes"):
        page = client.get(adresse).data.decode()
        assert '<a href="/reformes"' in page and '<a href="/"' in page


def test_une_edition_donne_le_rapport_de_la_reforme(resultats):
    page = texte(resultats)
    assert "<h1>Réforme « Plafond de revenus mensuels de Paris Logement Familles Monoparentales : 1\u202f450,00 € au 01/09/2026 » — novembre 2026</h1>" in page
    assert 'class="bandeau"' in page  # the embedded sample is synthetic
    for identifiant in ("donnees-cout", "donnees-aides", "donnees-decile_niveau_de_vie", "graphique-arrondissement"):
        assert f'id="{identifiant}"' in page
    assert " style=" not in page and "<style" not in page  # the charts too: the CSP allows no inline CSS
    assert "reformes appliquées : reforme-editee.yaml" in page.replace("réformes", "reformes")
    assert "/tmp" not in page and "paris-droits-reforme-" not in page
    assert "paris-droits reforme comparer --reforme reforme-editee.yaml --periode 2026-11 --format json" in page


def test_l_edition_est_le_scenario_livre_et_le_yaml_telecharge_redonne_les_chiffres_en_ligne_de_commande(client, resultats, cli, tmp_path):
    telechargement = soumettre(client, resultats, action=None, identifiant=None, chemin="/reformes/telecharger")
    assert telechargement.status_code == 200
    assert telechargement.headers["Content-Disposition"] == 'attachment; filename="reforme-editee.yaml"'
    fichier = tmp_path / "reforme-editee.yaml"
    fichier.write_bytes(telechargement.data)
    assert lire_reforme_parametrique(fichier) == {PLAFOND: [("2026-09-01", 1450.0)]}
    sortie = cli("reforme", "comparer", "--reforme", str(fichier), "--periode", "2026-11", "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    json_ = json.loads(sortie.stdout)
    assert chiffres_cles(resultats) == {cle: json_[cle] for cle in CHIFFRES_CLES}
    assert json_["cout_annuel_droits"] < 0 and json_["menages_perdants"] > 0  # a saving: losers, no winner
    # The same edit as the shipped savings scenario (reforms/plafond_plfm_abaisse.yaml): the same figures. Compared
    # against the page's baseline (computed once per process; the command line above computed its own).
    livre = reformes.comparer(["plafond_plfm_abaisse.yaml"], base=pages_reformes.base_integree("2026-11")).en_dict()
    assert {cle: livre[cle] for cle in CHIFFRES_CLES} == chiffres_cles(resultats)
    assert livre["ic95"] == json_["ic95"] and livre["par_aide"] == json_["par_aide"]


def test_modifier_la_reforme_rend_le_formulaire_avec_l_edition(client, resultats):
    page = texte(soumettre(client, resultats, action=None, identifiant=None, chemin="/reformes/modifier"))
    champs = dict(lire(page, "reforme").champs)
    assert champs[f"v:{PLAFOND}"] == "1 450" and champs[f"d:{PLAFOND}"] == "01/09/2026"
    assert '<details class="aide-parametres" id="aide-paris_logement_familles_monoparentales" open>' in page


@pytest.mark.parametrize(
    ("valeurs", "champ", "message"),
    [
        ({f"v:{PLAFOND}": "mille"}, f"v:{PLAFOND}",
         "« Plafond de revenus mensuels de Paris Logement Familles Monoparentales » doit être un nombre, pas « mille »."),
        ({f"v:{PLAFOND}": "-10"}, f"v:{PLAFOND}",
         "« Plafond de revenus mensuels de Paris Logement Familles Monoparentales » doit être entre 0 et 12 000 000, pas « -10 »."),
        ({f"v:{PLAFOND}": "1450", f"d:{PLAFOND}": "01/01/2010"}, f"d:{PLAFOND}",
         "« Plafond de revenus mensuels de Paris Logement Familles Monoparentales » : la date d'effet 01/01/2010 précède "
         "l'existence du paramètre (première valeur au 01/01/2012)."),
        ({f"v:{PLAFOND}": "1450", f"d:{PLAFOND}": "01/12/2026"}, f"d:{PLAFOND}",
         "« Plafond de revenus mensuels de Paris Logement Familles Monoparentales » : la date d'effet 01/12/2026 est postérieure "
         "au mois calculé (novembre 2026) ; la nouvelle valeur ne changerait rien à ce calcul."),
        ({f"v:{PLAFOND}": "1450", f"d:{PLAFOND}": "31/02/2026"}, f"d:{PLAFOND}",
         "« Plafond de revenus mensuels de Paris Logement Familles Monoparentales », date d'effet : « 31/02/2026 » n'est pas une date (jj/mm/aaaa)."),
        ({f"v:{TARIFS}:2": "1,2,3"}, f"v:{TARIFS}:2",
         "« Grille des tarifs de restauration scolaire par tranche de quotient familial, tranche 3 » doit être un nombre, pas « 1,2,3 »."),
        ({"v:familles.paris_logement_familles_monoparentales.plafond_inconnu": "10"}, "general",
         "Le paramètre « familles.paris_logement_familles_monoparentales.plafond_inconnu » n'existe pas ou ne se modifie pas sur "
         "cette page en novembre 2026 : rechargez la page des réformes."),
        ({"reforme": "reforme_inconnue"}, "general",
         "La réforme « reforme_inconnue » n'existe pas : choisissez parmi les réformes livrées de la page."),
        ({}, "general", "Choisissez une réforme livrée ou donnez une nouvelle valeur à au moins un paramètre."),
    ],
)
def test_une_saisie_refusee_l_est_en_francais_a_cote_de_son_champ(client, formulaire, valeurs, champ, message):
    reponse = soumettre(client, formulaire, valeurs, action=None, identifiant="reforme")
    page = texte(reponse)
    assert reponse.status_code == 400
    assert erreurs(page) == [message]
    if champ != "general":
        assert f'id="{champ}-erreur"' in page and f'id="{champ}"' in page
        assert re.search(rf'id="{re.escape(champ)}"[^>]*aria-invalid="true"', page)
        assert dict(lire(page, "reforme").champs)[champ] == next(iter(valeurs.values())) if champ.startswith("v:") else True


def test_le_libelle_de_la_tarification_est_celui_du_parametre():
    """The grid's error message above names the parameter by its label: checked against the rules, not assumed."""
    from paris_droits.reformes.edition import parametres_reformables

    tarifs = {p.chemin: p for p in parametres_reformables("restauration_scolaire", "2026-11")}[TARIFS]
    assert tarifs.libelle == "Grille des tarifs de restauration scolaire par tranche de quotient familial"


def test_une_tranche_du_bareme_changee_garde_les_autres_montants(client, formulaire):
    reponse = soumettre(client, formulaire, {f"v:{TARIFS}:0": "0", f"d:{TARIFS}": "01/09/2026"}, action=None, identifiant="reforme")
    assert reponse.status_code == 200, erreurs(texte(reponse))
    telechargement = soumettre(client, reponse.data.decode(), action=None, identifiant=None, chemin="/reformes/telecharger")
    reforme = yaml.safe_load(telechargement.data)
    assert reforme[TARIFS] == {"2026-09-01": [0.0, 0.85, 1.62, 2.28, 3.62, 4.61, 4.89, 5.1, 6.0, 7.0]}
    assert chiffres_cles(reponse.data.decode())["menages_gagnants"] > 0


def test_une_reforme_livree_seule_se_simule_sans_rien_a_telecharger(client, formulaire):
    reponse = soumettre(client, formulaire, {"reforme": "cantine_gratuite_tranches_1_2"}, action=None, identifiant="reforme")
    page = texte(reponse)
    assert reponse.status_code == 200 and "Cantine gratuite pour les tranches 1 et 2, autres tarifs gelés" in page
    assert 'id="telecharger"' not in page
    assert "paris-droits reforme comparer --reforme cantine_gratuite_tranches_1_2 --periode 2026-11 --format json" in page
    vide = soumettre(client, page, action=None, identifiant=None, chemin="/reformes/telecharger")
    assert vide.status_code == 400 and "Aucun paramètre n'est modifié" in texte(vide)


def test_sans_jeton_le_formulaire_est_refuse(client):
    reponse = client.post("/reformes/simuler", data={"mois": "2026-11", **EDITION})
    page = texte(reponse)
    assert reponse.status_code == 400 and "<h1>La réforme n'a pas pu être simulée</h1>" in page
    assert "jeton de sécurité absent ou périmé" in page and '<a href="/reformes">' in page
    assert reponse.headers["Cache-Control"] == "no-store" and "unsafe-inline" not in reponse.headers["Content-Security-Policy"]


def test_la_reforme_ecrite_le_temps_du_calcul_ne_reste_pas_sur_le_disque(resultats, temporaire):
    """The edit of `resultats` was simulated (200) with its temporary files in `temporaire`: none is left."""
    assert chiffres_cles(resultats)["menages_perdants"] > 0
    assert list(temporaire.iterdir()) == []


def test_la_legislation_en_vigueur_de_l_echantillon_integre_est_calculee_une_fois_par_mois(resultats):
    base = pages_reformes.base_integree("2026-11")
    assert pages_reformes.base_integree("2026-11") is base and len(base.resultats) == 20_000


# --- Uploaded samples ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def petit_echantillon(tmp_path_factory):
    """200 synthetic households written as CSV: what a policy team would upload."""
    echantillon = generer_echantillon(200, graine=5, periode="2026-11")
    dossier = tmp_path_factory.mktemp("echantillon")
    echantillon.menages.to_csv(dossier / "menages.csv", index=False)
    echantillon.individus.to_csv(dossier / "individus.csv", index=False)
    return dossier


def _envoyer(client, formulaire, menages: tuple[bytes, str], individus: tuple[bytes, str], valeurs=None):
    jeton = dict(lire(formulaire, "reforme").champs)["csrf_token"]
    donnees = {"csrf_token": jeton, "mois": "2026-11", "echantillon": "televerse", **(valeurs or EDITION),
               "menages": (io.BytesIO(menages[0]), menages[1]), "individus": (io.BytesIO(individus[0]), individus[1])}
    return client.post("/reformes/simuler", data=donnees, content_type="multipart/form-data")


def test_un_echantillon_envoye_est_calcule_comme_par_la_bibliotheque(client, formulaire, petit_echantillon):
    menages, individus = (petit_echantillon / "menages.csv").read_bytes(), (petit_echantillon / "individus.csv").read_bytes()
    reponse = _envoyer(client, formulaire, (menages, "mes_menages.csv"), (individus, "mes personnes.csv"),
                       {f"v:{PLAFOND}": "2000", f"d:{PLAFOND}": "01/11/2026"})
    page = texte(reponse)
    assert reponse.status_code == 200, erreurs(page)
    assert "échantillon envoyé (mes_menages.csv et mes_personnes.csv)" in page
    from paris_droits.lot.echantillon import lire_table

    fichier = petit_echantillon / "edition.yaml"
    fichier.write_text(yaml.safe_dump({PLAFOND: {"2026-11-01": 2000.0}}), encoding="utf-8")
    attendu = reformes.comparer([str(fichier)], Echantillon(lire_table(petit_echantillon / "menages.csv"),
                                                            lire_table(petit_echantillon / "individus.csv")), "2026-11").en_dict()
    assert chiffres_cles(page) == {cle: attendu[cle] for cle in CHIFFRES_CLES}
    assert "DOSSIER_DE_L_ECHANTILLON --reforme reforme-editee.yaml --periode 2026-11" in page


def test_une_ligne_fautive_d_un_echantillon_envoye_est_nommee_avec_son_fichier(client, formulaire, petit_echantillon):
    lignes = (petit_echantillon / "menages.csv").read_text(encoding="utf-8").splitlines()
    entete = lignes[0].split(",")
    cellules = lignes[3].split(",")
    cellules[entete.index("poids")] = "beaucoup"
    lignes[3] = ",".join(cellules)
    reponse = _envoyer(client, formulaire, ("\n".join(lignes).encode(), "menages.csv"),
                       ((petit_echantillon / "individus.csv").read_bytes(), "individus.csv"))
    page = texte(reponse)
    assert reponse.status_code == 400
    [message] = erreurs(page)
    assert message.startswith("Fichier « menages.csv », ligne 3") and "poids" in message and "beaucoup" in message
    assert 'id="menages-erreur"' in page


def test_un_echantillon_trop_gros_ou_mal_nomme_est_refuse(client, formulaire, petit_echantillon, monkeypatch):
    individus = ((petit_echantillon / "individus.csv").read_bytes(), "individus.csv")
    trop = _envoyer(client, formulaire, (b"x" * (1024 * 1024 + 1), "menages.csv"), individus)
    assert trop.status_code == 413
    assert ("L'envoi dépasse 1 Mio, la taille admise sur cette page pour un échantillon (les deux fichiers ensemble) ; pour un "
            "échantillon plus gros, utilisez paris-droits reforme comparer DOSSIER.") in texte(trop)
    monkeypatch.setattr(pages_reformes, "MENAGES_MAX", 150)
    nombreux = _envoyer(client, formulaire, ((petit_echantillon / "menages.csv").read_bytes(), "menages.csv"), individus)
    assert nombreux.status_code == 413
    assert erreurs(texte(nombreux)) == [
        "Le fichier « menages.csv » compte 200 ménages ; cette page en accepte au plus 150 (au-delà : paris-droits reforme comparer DOSSIER)."]
    pdf = _envoyer(client, formulaire, (b"%PDF-1.4", "menages.pdf"), individus)
    assert pdf.status_code == 415
    assert erreurs(texte(pdf)) == ["Le fichier « menages.pdf » doit être un fichier Parquet (.parquet) ou CSV (.csv)."]
    jeton = dict(lire(formulaire, "reforme").champs)["csrf_token"]
    absent = client.post("/reformes/simuler", data={"csrf_token": jeton, "mois": "2026-11", "echantillon": "televerse", **EDITION},
                         content_type="multipart/form-data")
    assert absent.status_code == 400
    assert erreurs(texte(absent)) == ["Choisissez le fichier des ménages de l'échantillon (menages.parquet ou menages.csv)."]


def test_la_limite_d_envoi_ne_vaut_que_pour_la_page_des_reformes(client):
    gros = b"x" * (300 * 1024)  # above the API's 256 KiB, below the upload's 1 MiB
    assert client.post("/evaluer", data=gros, content_type="application/json").status_code == 413
    assert client.post("/importer", data={"fichier": (io.BytesIO(gros), "f.yaml")}, content_type="multipart/form-data").status_code == 413
