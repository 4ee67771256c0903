"""The Web API over real HTTP, against the `paris-droits serve` process shared by the session (tests/conftest.py)."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest

from paris_droits.regles import chemins

pytestmark = pytest.mark.xdist_group("serveur")  # the shared server: one per run
ORIGINE = "https://travailleurs-sociaux.paris.fr"  # the shared server's --cors-origine


@pytest.fixture(scope="module")
def serveur(serveur_partage):
    """The session's shared server (tests/conftest.py), started with `--cors-origine` ORIGINE and `--personnes-max 5`,
    its default request size (256 KiB)."""
    return serveur_partage.adresse


def _requete(adresse, chemin, corps=None, methode=None, entetes=None, brut=None):
    donnees = brut if brut is not None else (json.dumps(corps).encode() if corps is not None else None)
    requete = urllib.request.Request(
        adresse + chemin, data=donnees, method=methode or ("POST" if donnees is not None else "GET"),
        headers={"Content-Type": "application/json", **(entetes or {})},
    )
    try:
        with urllib.request.urlopen(requete, timeout=30) as reponse:
            return reponse.status, dict(reponse.headers), json.loads(reponse.read() or b"null")
    except urllib.error.HTTPError as erreur:
        return erreur.code, dict(erreur.headers), json.loads(erreur.read() or b"null")


def _situation(nom):
    return json.loads((chemins.SITUATIONS / f"{nom}.json").read_text(encoding="utf-8"))


def test_calculate_renvoie_les_valeurs_demandees(serveur):
    situation = _situation("couple_deux_eleves")
    situation["menages"]["menage"]["restauration_scolaire_tranche"] = {"2026-11": None}
    statut, _, corps = _requete(serveur, "/calculate", situation)
    assert statut == 200
    assert corps["menages"]["menage"]["restauration_scolaire_tranche"]["2026-11"] == 5


def test_evaluer_renvoie_le_meme_json_que_la_ligne_de_commande(serveur, cli):
    situation = _situation("famille_sans_dossier_qf")
    statut, _, corps = _requete(serveur, "/evaluer?periode=2026-11", situation)
    assert statut == 200
    sortie = cli("evaluer", chemins.SITUATIONS / "famille_sans_dossier_qf.json", "--periode", "2026-11", "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    assert corps == json.loads(sortie.stdout)


def test_une_requete_trop_volumineuse_est_refusee_en_413(serveur):
    statut, _, corps = _requete(serveur, "/calculate", brut=b'{"individus": {"' + b"x" * 300_000 + b'": {}}}')
    assert statut == 413
    assert corps == {"erreur": "La requête est trop volumineuse."}


def test_le_champ_axes_est_refuse(serveur):
    situation = _situation("couple_deux_eleves")
    situation["axes"] = [[{"count": 3, "name": "salaire_net", "min": 0, "max": 3000, "period": "2026-11"}]]
    statut, _, corps = _requete(serveur, "/calculate", situation)
    assert statut == 400
    assert corps["erreur"] == "Le champ « axes » n'est pas accepté par cette API (balayages non pris en charge)."


def test_trop_de_personnes_est_refuse(serveur):
    individus = {f"p{i}": {} for i in range(6)}
    situation = {"individus": individus, "menages": {"m": {"personne_de_reference": ["p0"], "autres": [f"p{i}" for i in range(1, 6)]}}}
    statut, _, corps = _requete(serveur, "/calculate", situation)
    assert statut == 400
    assert corps["erreur"] == "La situation décrit 6 personnes ; cette API en accepte au plus 5 par requête."


def test_cors_seulement_pour_les_origines_configurees_jamais_etoile(serveur):
    _, entetes, _ = _requete(serveur, "/variables", entetes={"Origin": ORIGINE})
    assert entetes.get("Access-Control-Allow-Origin") == ORIGINE
    _, entetes, _ = _requete(serveur, "/variables", entetes={"Origin": "https://ailleurs.example"})
    assert "Access-Control-Allow-Origin" not in entetes


@pytest.mark.parametrize(
    ("chemin", "corps", "brut", "attendu"),
    [
        ("/calculate", None, b"{pas du json", "Le corps de la requête doit être un objet JSON valide."),
        ("/evaluer", {"individus": {"a": {"salaire_nett": {"2026-11": 1}}}, "menages": {"m": {"personne_de_reference": ["a"]}}}, None,
         "Le champ « individus.a.salaire_nett » est inconnu. Vouliez-vous dire « salaire_net » ?"),
        ("/evaluer", {"individus": {"a": {"salaire_net": {"2026-11": -5}}}, "menages": {"m": {"personne_de_reference": ["a"]}}}, None,
         "Le champ « individus.a.salaire_net.2026-11 » ne peut pas être négatif (-5)."),
        ("/evaluer?periode=2026-13", {"adultes": [{"age": 40}]}, None,
         "Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 »."),
        ("/evaluer", {"arrondissement": 21, "adultes": [{"age": 40}]}, None,
         "Le champ « arrondissement » doit être un numéro d'arrondissement de Paris de 1 à 20, pas « 21 »."),
        ("/calculate", {"individus": {"a": {}, "b": {}}, "menages": {"m": {"personne_de_reference": ["a", "b"]}}}, None,
         "Le champ « menages.m.personne_de_reference » désigne 2 personnes ; un ménage en compte au plus une."),
        ("/calculate", {"individus": {"a": {}, "enfant": {}}, "menages": {"m": {"personne_de_reference": ["a"]}}}, None,
         "La personne « enfant » n'appartient à aucun ménage : ajoutez-la à un rôle (personne_de_reference, conjoint, enfants ou autres)."),
    ],
)
def test_les_erreurs_sont_une_phrase_en_francais_sans_trace(serveur, chemin, corps, brut, attendu):
    statut, _, reponse = _requete(serveur, chemin, corps, brut=brut)
    assert statut == 400
    assert reponse["erreur"] == attendu
    assert "Traceback" not in json.dumps(reponse)


def test_une_adresse_inconnue_repond_404_en_francais(serveur):
    statut, _, corps = _requete(serveur, "/inconnue")
    assert statut == 404
    assert corps == {"erreur": "Cette adresse n'existe pas dans l'API paris-droits."}


def test_le_serveur_ecoute_sur_la_boucle_locale_par_defaut():
    from paris_droits.interfaces.cli.serve import serve

    hote = next(p for p in serve.params if p.name == "host")
    assert hote.default == "127.0.0.1"


def test_le_serveur_n_est_pas_joignable_hors_boucle_locale(serveur):
    port = int(serveur.rsplit(":", 1)[1])
    adresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)} - {"127.0.0.1"}
    adresses = {a for a in adresses if not a.startswith("127.")}
    if not adresses:
        pytest.skip("aucune adresse hors boucle locale sur cette machine")
    for adresse in adresses:
        with socket.socket() as s, pytest.raises(OSError):
            s.settimeout(1)
            s.connect((adresse, port))
