"""The server of `paris-droits serve` over real HTTP on the loopback: slow and silent clients, its own
error pages in French JSON, a bounded load with zero errors.

The session's shared server (tests/conftest.py: default processes, threads, deadlines and request size,
one trusted proxy that is not the loopback) for every test but the slow clients', which gets a server of its own
with the shortest deadlines (1 s for a request head, 1 s for a body) so that slow clients are dropped quickly.
"""

from __future__ import annotations

import contextlib
import html
import http.client
import json
import os
import selectors
import socket
import subprocess
import time
from pathlib import Path

import pytest

from benchmarks.serveur import Serveur, charger, melange, ouvrir_clients_lents, requete
from paris_droits.interfaces.web.reglages import CHEMIN_ECHANTILLON, Reglages

DELAI = 1  # the slow clients' server: seconds for a request head, and for a body
TAILLE_MAX = Reglages().taille_max  # the shared server's: the default
MANDATAIRE = "192.0.2.1"  # the shared server's only proxy whose X-Forwarded-* headers are believed: not the loopback
pytestmark = pytest.mark.xdist_group("serveur")  # the shared server: one per run
GOUTTES = b"GET /variables HTTP/1.1\r\n" + b"X-Goutte: " + b"a" * 1000
SITUATION = (Path(__file__).resolve().parents[2] / "situations" / "couple_deux_eleves.json").read_bytes()


@pytest.fixture(scope="module")
def serveur(serveur_partage):
    return serveur_partage


@pytest.fixture
def serveur_delais_courts():
    with Serveur("--delai-entetes", str(DELAI), "--delai-corps", str(DELAI)) as s:
        yield s


def _brut(port: int, envoi: bytes, delai: float = 10.0) -> bytes:
    """Send raw bytes, read everything until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=delai) as s:
        s.sendall(envoi)
        recu = b""
        while morceau := s.recv(65536):
            recu += morceau
    return recu


def _statut_et_corps(reponse: bytes) -> tuple[int, dict]:
    tete, _, corps = reponse.partition(b"\r\n\r\n")
    return int(tete.split(b" ", 2)[1]), json.loads(corps)


def _chronometre(port, methode, chemin, corps=None):
    debut = time.monotonic()
    statut, reponse = requete(port, methode, chemin, corps)
    return statut, json.loads(reponse), time.monotonic() - debut


def _enfants(pid: int) -> list[str]:
    enfants = []
    for entree in os.listdir("/proc"):
        try:
            with open(f"/proc/{entree}/stat", encoding="ascii", errors="replace") as flux:
                if int(flux.read().rsplit(")", 1)[1].split()[1]) == pid:
                    enfants.append(entree)
        except (OSError, ValueError, IndexError):
            continue
    return enfants


def test_le_serveur_a_plusieurs_processus_par_defaut(serveur):
    limite = time.monotonic() + 20  # the first worker may answer before the arbiter has started the others
    while len(_enfants(serveur.processus.pid)) < 2 and time.monotonic() < limite:
        time.sleep(0.2)
    assert len(_enfants(serveur.processus.pid)) >= 2


def test_150_clients_lents_ne_retardent_pas_une_requete_normale_puis_sont_congedies(serveur_delais_courts):
    """Silent, half a head, half a body, and a head sent one byte every 0.2 s (never silent long enough
    for an inactivity timeout): all are dropped at their deadline, counted from the connection."""
    serveur = serveur_delais_courts
    ouverture = time.monotonic()
    clients = ouvrir_clients_lents(serveur.port, 50)
    clients["goutte_a_goutte"] = [socket.create_connection(("127.0.0.1", serveur.port)) for _ in range(5)]
    statut_e, reponse_e, duree_e = _chronometre(serveur.port, "POST", "/evaluer?periode=2026-11", SITUATION)
    statut_v, reponse_v, duree_v = _chronometre(serveur.port, "GET", "/variables")
    fin_des_requetes = time.monotonic()
    assert (statut_e, statut_v) == (200, 200)
    assert reponse_e["aides"] and "restauration_scolaire_tranche" in reponse_v
    assert duree_e < 1.0
    assert duree_v < 1.0

    recu, fermeture = _attendre_les_fermetures(clients, limite=ouverture + DELAI + 5)
    assert min(fermeture.values()) > fin_des_requetes
    assert all(DELAI - 0.1 <= t - ouverture <= DELAI + 2.5 for t in fermeture.values())
    assert all(recu[s] == b"" for s in clients["muets"])
    for s in clients["demi_entete"] + clients["demi_corps"] + clients["goutte_a_goutte"]:
        statut, corps = _statut_et_corps(recu[s])
        assert statut == 408
        assert corps == {"erreur": "La requête n'a pas été reçue en entier dans le délai imparti ; la connexion est fermée."}
    for s in (s for liste in clients.values() for s in liste):
        s.close()
    statut, _, duree = _chronometre(serveur.port, "POST", "/evaluer?periode=2026-11", SITUATION)
    assert statut == 200
    assert duree < 1.0


def _attendre_les_fermetures(clients, limite):
    """Read each slow connection until the server closes it; when it did, what it sent. The
    « goutte à goutte » clients send one more byte of their head every 0.2 s meanwhile."""
    selecteur = selectors.DefaultSelector()
    recu, fermeture = {}, {}
    for s in (s for liste in clients.values() for s in liste):
        s.setblocking(False)
        selecteur.register(s, selectors.EVENT_READ)
        recu[s] = b""
    goutte, octet, prochaine = clients["goutte_a_goutte"], 0, 0.0
    while len(fermeture) < len(recu) and time.monotonic() < limite:
        if time.monotonic() >= prochaine:
            for s in goutte:
                if s not in fermeture:
                    with contextlib.suppress(OSError):  # closed by the server meanwhile
                        s.send(GOUTTES[octet % len(GOUTTES) : octet % len(GOUTTES) + 1])
            octet, prochaine = octet + 1, time.monotonic() + 0.2
        for cle, _ in selecteur.select(timeout=0.05):
            try:
                morceau = cle.fileobj.recv(65536)
            except ConnectionResetError:
                morceau = b""
            recu[cle.fileobj] += morceau
            if not morceau:
                fermeture[cle.fileobj] = time.monotonic()
                selecteur.unregister(cle.fileobj)
    selecteur.close()
    assert len(fermeture) == len(recu), f"{len(recu) - len(fermeture)} connexions lentes encore ouvertes"
    return recu, fermeture


def test_une_adresse_trop_longue_est_refusee_en_414_par_du_json_francais(serveur):
    statut, corps = _statut_et_corps(_brut(serveur.port, b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"))
    assert statut == 414
    assert corps == {"erreur": "L'adresse demandée est trop longue (ligne de requête de plus de 4094 octets)."}


@pytest.mark.parametrize(
    "entetes",
    [b"X-Long: " + b"b" * 9000 + b"\r\n", b"".join(b"X-%d: 1\r\n" % i for i in range(101))],
    ids=["un en-tête de 9 000 octets", "101 en-têtes"],
)
def test_des_en_tetes_trop_longs_ou_trop_nombreux_sont_refuses_en_431_par_du_json_francais(serveur, entetes):
    statut, corps = _statut_et_corps(_brut(serveur.port, b"GET /variables HTTP/1.1\r\nHost: x\r\n" + entetes + b"\r\n"))
    assert statut == 431
    assert corps == {"erreur": "Les en-têtes de la requête sont trop nombreux ou trop longs."}


def test_un_en_tete_de_plus_de_64_kio_est_refuse_en_431_sans_attendre_sa_fin(serveur):
    statut, corps = _statut_et_corps(_brut(serveur.port, b"GET / HTTP/1.1\r\n" + b"X-A: 1\r\n" * 9000))
    assert statut == 431
    assert corps["erreur"] == "Les en-têtes de la requête sont trop nombreux ou trop longs."


def test_une_ligne_de_requete_mal_formee_est_refusee_en_400_par_du_json_francais(serveur):
    statut, corps = _statut_et_corps(_brut(serveur.port, b"BONJOUR\r\n\r\n"))
    assert statut == 400
    assert corps == {"erreur": "La ligne de requête HTTP est mal formée (attendu : MÉTHODE /adresse HTTP/1.1)."}


@pytest.mark.parametrize("longueur", [TAILLE_MAX, TAILLE_MAX + 1])
def test_un_corps_annonce_trop_gros_est_refuse_en_413_avant_d_etre_envoye(serveur, longueur):
    debut = time.monotonic()
    tete = f"POST /evaluer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {longueur}\r\n\r\n"
    if longueur <= TAILLE_MAX:  # at the bound the body is awaited, then read by the application
        corps = json.dumps({"x": ""}).encode()
        corps = corps[:-2] + b"c" * (longueur - len(corps)) + corps[-2:]
        statut, reponse = _statut_et_corps(_brut(serveur.port, tete.encode() + corps))
        assert statut == 400
        assert reponse["erreur"] != "La requête est trop volumineuse."
        return
    statut, reponse = _statut_et_corps(_brut(serveur.port, tete.encode()))
    assert statut == 413
    assert reponse == {"erreur": "La requête est trop volumineuse."}
    assert time.monotonic() - debut < 1.0


NAVIGATEUR = "text/html,application/xhtml+xml,*/*;q=0.8"
PAGES_413 = {  # a page's route: (its limit, a sentence of its error page, its way back)
    CHEMIN_ECHANTILLON: (Reglages().taille_max_echantillon, "L'envoi dépasse 16 Mio, la taille admise sur cette page pour un "
                         "échantillon (les deux fichiers ensemble) ; pour un échantillon plus gros, utilisez paris-droits reforme "
                         "comparer DOSSIER.", 'href="/reformes"'),
    "/importer": (TAILLE_MAX, "L'envoi est trop volumineux : une fiche ménage pèse quelques kilo-octets.", 'href="/"'),
}


@pytest.mark.parametrize("chemin", list(PAGES_413))
@pytest.mark.parametrize("accepte", [NAVIGATEUR, "application/json"])
def test_un_envoi_trop_gros_a_une_page_recoit_sa_page_d_erreur_dans_un_navigateur(serveur, chemin, accepte):
    # A page's upload (a fiche ménage, the reform page's sample) is refused before its body is read: a browser
    # gets that page's own French error page (the site's layout and security headers, no cookie), another client JSON.
    limite, phrase, retour = PAGES_413[chemin]
    tete = (f"POST {chemin}?x=1 HTTP/1.1\r\nHost: x\r\nAccept: {accepte}\r\nConnection: close\r\n"
            f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {limite + 1}\r\n\r\n")
    entete, _, corps = _brut(serveur.port, tete.encode()).partition(b"\r\n\r\n")
    assert entete.startswith(b"HTTP/1.1 413 ")
    assert int(entete.lower().split(b"content-length: ")[1].split(b"\r\n")[0]) == len(corps)
    if accepte != NAVIGATEUR:
        assert json.loads(corps) == {"erreur": "La requête est trop volumineuse."}
        return
    texte = html.unescape(corps.decode("utf-8"))
    assert b"content-type: text/html; charset=utf-8" in entete.lower()
    assert b"content-security-policy: default-src 'none'" in entete.lower() and b"set-cookie" not in entete.lower()
    assert f'<p>{phrase}</p>' in texte and retour in texte and "Code de la réponse : 413." in texte


def test_un_envoi_trop_gros_a_l_api_reste_du_json_meme_pour_un_navigateur(serveur):
    tete = (f"POST /evaluer HTTP/1.1\r\nHost: x\r\nAccept: {NAVIGATEUR}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {TAILLE_MAX + 1}\r\n\r\n")
    assert _statut_et_corps(_brut(serveur.port, tete.encode())) == (413, {"erreur": "La requête est trop volumineuse."})


def test_curl_recoit_le_413_d_un_corps_trop_gros_qu_il_est_en_train_d_envoyer(serveur, tmp_path):
    gros = tmp_path / "gros.json"
    gros.write_text(json.dumps({"x": "c" * 300_000}))
    sortie = subprocess.run(
        ["curl", "-s", "-w", "\\n%{http_code}", "-H", "Content-Type: application/json", "-H", "Expect:",
         "--data-binary", f"@{gros}", f"{serveur.adresse}/evaluer"],
        capture_output=True, text=True, timeout=30, check=True,
    )
    corps, statut = sortie.stdout.rsplit("\n", 1)
    assert statut == "413"
    assert json.loads(corps) == {"erreur": "La requête est trop volumineuse."}


def test_expect_100_continue_recoit_un_seul_100_puis_la_reponse(serveur):
    tete = (f"POST /evaluer?periode=2026-11 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Expect: 100-continue\r\nContent-Length: {len(SITUATION)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", serveur.port), timeout=10) as s:
        s.sendall(tete)
        assert s.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        s.sendall(SITUATION)
        recu = b""
        while morceau := s.recv(65536):
            recu += morceau
    assert recu.startswith(b"HTTP/1.1 200 ")
    assert b"100 Continue" not in recu


def test_un_corps_en_morceaux_est_accepte(serveur):
    morceaux = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in (SITUATION[:100], SITUATION[100:])) + b"0\r\n\r\n"
    reponse = _brut(serveur.port, b"POST /evaluer?periode=2026-11 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + morceaux)
    statut, corps = _statut_et_corps(reponse)
    assert statut == 200
    assert corps["aides"]


def test_deux_requetes_envoyees_d_un_coup_sur_une_connexion_ont_chacune_leur_reponse(serveur):
    envoi = b"GET /entities HTTP/1.1\r\nHost: x\r\n\r\nGET /inconnue HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    reponse = _brut(serveur.port, envoi)
    assert reponse.count(b"HTTP/1.1 ") == 2
    assert reponse.startswith(b"HTTP/1.1 200 ")
    assert b"HTTP/1.1 404 " in reponse


def test_200_requetes_a_16_en_parallele_sans_erreur(serveur):
    charge = charger(serveur.port, melange(200, une_sur=2), concurrence=16)
    assert charge.erreurs == []
    assert len(charge.durees) == 200


def test_x_forwarded_proto_n_est_cru_que_d_un_mandataire_declare(serveur):
    entetes = {"Host": "api.paris.example", "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    c = http.client.HTTPConnection("127.0.0.1", serveur.port, timeout=10)
    c.request("GET", "/spec", headers=entetes)
    reponse = c.getresponse()
    assert reponse.status == 200
    assert json.loads(reponse.read())["servers"] == [{"url": "http://api.paris.example"}]
    c.close()
