"""The Web API under load (`make bench`): `paris-droits serve` with its default options, over real HTTP
on the loopback.

1. A bounded load test: 2 000 requests at concurrency 16 (POST /evaluer?periode=2026-11 on the
   shipped situations, one request in ten GET /variables), each client thread keeping its
   connection alive; zero errors required. Throughput and latency percentiles.
2. Slow clients: 50 silent connections, 50 that sent half a request head and 50 half a body stay
   open while normal requests are timed.

The figures go to docs/performance.md between <!-- serveur:debut --> and <!-- serveur:fin -->.
The helpers (starting a server, the load client, the slow clients) are also used by
tests/web/test_serveur_http.py, which runs a smaller load.

    python -m benchmarks serveur
"""

from __future__ import annotations

import datetime
import http.client
import math
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

from benchmarks.commun import cpu_arbre, ecrire_section

DEBUT = "<!-- serveur:debut -->"
FIN = "<!-- serveur:fin -->"
PERIODE = "2026-11"
REQUETES = 2000
CONCURRENCE = 16
UNE_SUR = 10  # one request in ten is GET /variables
CLIENTS_LENTS = 50  # of each kind
MESURES_LENTES = 20
OBJECTIF_LENT_S = 1.0
RACINE = Path(__file__).resolve().parent.parent
SITUATIONS = RACINE / "situations"


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serveur:
    """A `paris-droits serve` process on a free port of the loopback, stopped on exit."""

    def __init__(self, *options: str, demarrage_s: float = 60.0) -> None:
        self.port = port_libre()
        self.adresse = f"http://127.0.0.1:{self.port}"
        self.processus = subprocess.Popen(
            [sys.executable, "-m", "paris_droits", "serve", "--port", str(self.port), *options],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        limite = time.monotonic() + demarrage_s
        while time.monotonic() < limite:
            if self.processus.poll() is not None:
                raise RuntimeError("Le serveur s'est arrêté au démarrage : " + self.processus.stderr.read().decode())
            try:
                statut, _ = requete(self.port, "GET", "/")
                if statut == HTTPStatus.OK:
                    return
            except OSError:
                time.sleep(0.2)
        self.arreter()
        raise RuntimeError("Le serveur n'a pas démarré à temps.")

    def arreter(self) -> str:
        """Stop the server (SIGTERM) and return what it wrote on stderr."""
        self.processus.terminate()
        try:
            _, erreurs = self.processus.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.processus.kill()
            _, erreurs = self.processus.communicate()
        return erreurs.decode(errors="replace")

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.arreter()


def requete(port: int, methode: str, chemin: str, corps: bytes | None = None, connexion=None, delai: float = 30.0):
    """One request; the status and the body read. A given connection is reused (kept alive)."""
    c = connexion or http.client.HTTPConnection("127.0.0.1", port, timeout=delai)
    try:
        c.request(methode, chemin, body=corps, headers={"Content-Type": "application/json"} if corps is not None else {})
        reponse = c.getresponse()
        return reponse.status, reponse.read()
    finally:
        if connexion is None:
            c.close()


def melange(nombre: int, une_sur: int = UNE_SUR) -> list[tuple[str, str, bytes | None]]:
    """`nombre` requests: POST /evaluer on the shipped situations in turn, one in `une_sur` GET /variables."""
    situations = [chemin.read_bytes() for chemin in sorted(SITUATIONS.glob("*.json"))]
    requetes = []
    for i in range(nombre):
        if i % une_sur == une_sur - 1:
            requetes.append(("GET", "/variables", None))
        else:
            requetes.append(("POST", f"/evaluer?periode={PERIODE}", situations[i % len(situations)]))
    return requetes


@dataclass
class Charge:
    """What a load run measured: each request's latency, the errors, the wall time."""

    durees: list[float] = field(default_factory=list)
    erreurs: list[str] = field(default_factory=list)
    duree_s: float = 0.0

    @property
    def debit(self) -> float:
        return len(self.durees) / self.duree_s

    def centile(self, p: float) -> float:
        ordonnees = sorted(self.durees)
        return ordonnees[max(0, math.ceil(p / 100 * len(ordonnees)) - 1)]


def charger(port: int, requetes: list, concurrence: int) -> Charge:
    """Send the requests from `concurrence` threads, each over one kept-alive connection."""
    charge, verrou, suivante = Charge(), threading.Lock(), iter(range(len(requetes)))

    def client():
        connexion = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with verrou:
                i = next(suivante, None)
            if i is None:
                break
            methode, chemin, corps = requetes[i]
            debut = time.perf_counter()
            try:
                statut, reponse = requete(port, methode, chemin, corps, connexion)
                erreur = None if statut == HTTPStatus.OK else f"{methode} {chemin} : HTTP {statut} {reponse[:200]!r}"
            except (OSError, http.client.HTTPException) as exception:
                erreur = f"{methode} {chemin} : {type(exception).__name__} {exception}"
                connexion.close()
                connexion = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with verrou:
                charge.durees.append(time.perf_counter() - debut)
                if erreur:
                    charge.erreurs.append(erreur)
        connexion.close()

    fils = [threading.Thread(target=client) for _ in range(concurrence)]
    debut = time.perf_counter()
    for f in fils:
        f.start()
    for f in fils:
        f.join()
    charge.duree_s = time.perf_counter() - debut
    return charge


def ouvrir_clients_lents(port: int, nombre: int) -> dict[str, list[socket.socket]]:
    """`nombre` connections of each kind: silent, half a request head sent, half a body sent."""
    corps = (SITUATIONS / "couple_deux_eleves.json").read_bytes()
    tete = f"POST /evaluer?periode={PERIODE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    envois = {
        "muets": b"",
        "demi_entete": tete.encode()[: len(tete) // 2],
        "demi_corps": f"{tete}Content-Length: {len(corps)}\r\n\r\n".encode() + corps[: len(corps) // 2],
    }
    clients = {}
    for nature, envoi in envois.items():
        clients[nature] = []
        for _ in range(nombre):
            s = socket.create_connection(("127.0.0.1", port))
            if envoi:
                s.sendall(envoi)
            clients[nature].append(s)
    return clients


def mesurer_sous_clients_lents(port: int) -> dict:
    """Normal requests, one after the other, while 3 × CLIENTS_LENTS slow connections stay open."""
    corps = (SITUATIONS / "couple_deux_eleves.json").read_bytes()
    clients = ouvrir_clients_lents(port, CLIENTS_LENTS)
    try:
        evaluer, variables = [], []
        for _ in range(MESURES_LENTES):
            for durees, (methode, chemin, donnees) in (
                (evaluer, ("POST", f"/evaluer?periode={PERIODE}", corps)), (variables, ("GET", "/variables", None))
            ):
                debut = time.perf_counter()
                statut, _ = requete(port, methode, chemin, donnees)
                if statut != HTTPStatus.OK:
                    raise RuntimeError(f"{methode} {chemin} : HTTP {statut} sous clients lents")
                durees.append(time.perf_counter() - debut)
    finally:
        for s in (s for liste in clients.values() for s in liste):
            s.close()
    return {"evaluer": evaluer, "variables": variables}


def _n(x: float, decimales: int = 0) -> str:
    return f"{x:,.{decimales}f}".replace(",", " ").replace(".", ",")


def rediger(charge: Charge, lents: dict, repos: list[float], processus: int, cpu_s: float, charge_machine: float) -> str:
    pire_lent = max(lents["evaluer"] + lents["variables"])
    lignes = [
        DEBUT,
        "## API Web sous charge (`paris-droits serve`)",
        "",
        f"Mesuré le {datetime.date.today().isoformat()} par `make bench` (`python -m benchmarks serveur`), sur la boucle locale, "
        f"le serveur avec ses options par défaut ({processus} processus de 8 fils ; conception : docs/deploiement.md), "
        f"le client (Python, `http.client`, une connexion gardée ouverte par fil) sur la même machine.",
        "",
        f"Machine : {os.cpu_count()} cœurs, Python {platform.python_version()}. Charge moyenne au lancement : "
        f"{_n(charge_machine, 2)} (sur 1 min) — le client et le serveur se partagent ces cœurs.",
        "",
        f"**Charge bornée** : {_n(len(charge.durees))} requêtes, {CONCURRENCE} en parallèle (`POST /evaluer?periode={PERIODE}` "
        f"sur les {len(list(SITUATIONS.glob('*.json')))} situations d'exemple tour à tour, une requête sur {UNE_SUR} `GET /variables`).",
        "",
        "| Requêtes | Erreurs | Durée (s) | Débit (requêtes/s) | p50 (ms) | p99 (ms) | max (ms) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {_n(len(charge.durees))} | {len(charge.erreurs)} | {_n(charge.duree_s, 1)} | {_n(charge.debit, 1)} | "
        f"{_n(1000 * charge.centile(50), 0)} | {_n(1000 * charge.centile(99), 0)} | {_n(1000 * max(charge.durees), 0)} |",
        "",
        f"Objectif : zéro erreur — {'tenu' if not charge.erreurs else 'NON TENU'}. Une requête seule, sans autre client : "
        f"`POST /evaluer` en {_n(1000 * statistics.median(repos), 0)} ms (médiane de {len(repos)}) ; sous charge, la latence "
        "est surtout l'attente de son tour.",
        "",
        f"Temps processeur du serveur (tous ses processus) pendant la charge : {_n(cpu_s, 1)} s, soit "
        f"{_n(1000 * cpu_s / len(charge.durees), 1)} ms par requête. Ce chiffre dépend moins que le débit des autres travaux de la "
        f"machine : sur {os.cpu_count()} cœurs libres, le serveur seul tiendrait environ "
        f"{_n(os.cpu_count() * len(charge.durees) / cpu_s, 0)} requêtes/s de ce mélange ; le débit mesuré ci-dessus est "
        "plus bas quand le client et d'autres travaux prennent leur part des cœurs.",
        "",
        f"**Clients lents** : {CLIENTS_LENTS} connexions muettes, {CLIENTS_LENTS} qui ont envoyé la moitié d'un en-tête et "
        f"{CLIENTS_LENTS} la moitié d'un corps restent ouvertes pendant {MESURES_LENTES} `POST /evaluer` et {MESURES_LENTES} "
        f"`GET /variables` envoyés l'un après l'autre : `POST /evaluer` en {_n(1000 * statistics.median(lents['evaluer']), 0)} ms "
        f"(médiane), `GET /variables` en {_n(1000 * statistics.median(lents['variables']), 0)} ms ; la plus lente "
        f"{_n(1000 * pire_lent, 0)} ms. Objectif 1 s : {'tenu' if pire_lent <= OBJECTIF_LENT_S else 'NON TENU'}.",
        FIN,
    ]
    return "\n".join(lignes) + "\n"


def main(cible: Path) -> None:
    charge_machine = os.getloadavg()[0]
    with Serveur() as serveur:
        corps = (SITUATIONS / "couple_deux_eleves.json").read_bytes()
        repos = []
        for _ in range(MESURES_LENTES):
            debut = time.perf_counter()
            requete(serveur.port, "POST", f"/evaluer?periode={PERIODE}", corps)
            repos.append(time.perf_counter() - debut)
        lents = mesurer_sous_clients_lents(serveur.port)
        print(f"sous {3 * CLIENTS_LENTS} clients lents : pire requête {_n(1000 * max(lents['evaluer'] + lents['variables']))} ms", flush=True)
        cpu_avant = cpu_arbre(serveur.processus.pid)
        charge = charger(serveur.port, melange(REQUETES), CONCURRENCE)
        cpu_s = cpu_arbre(serveur.processus.pid) - cpu_avant
        print(f"charge : {_n(charge.debit, 1)} requêtes/s, p50 {_n(1000 * charge.centile(50))} ms, "
              f"p99 {_n(1000 * charge.centile(99))} ms, {len(charge.erreurs)} erreurs", flush=True)
    for erreur in charge.erreurs[:10]:
        print(erreur, file=sys.stderr)
    ecrire_section(rediger(charge, lents, repos, _processus_par_defaut(), cpu_s, charge_machine), cible, DEBUT, FIN)
    print(f"Résultats écrits dans {cible}.")
    if charge.erreurs:
        sys.exit(1)


def _processus_par_defaut() -> int:
    from paris_droits.interfaces.web.reglages import processus_par_defaut

    return processus_par_defaut()


if __name__ == "__main__":
    main(RACINE / "docs" / "performance.md")
