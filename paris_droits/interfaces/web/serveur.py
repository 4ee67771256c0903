"""The production HTTP server of the Web API: gunicorn with a worker that receives whole requests in
its event loop before any thread sees them.

Why this design (measured on the loopback of a 2-core machine, figures in docs/deploiement.md):
- gunicorn's `sync` worker serves one connection at a time: one client that sends half a request
  header blocks every other request (over 120 s in the measure).
- gunicorn's `gthread` worker reads each request in a thread, on a blocking socket without timeout:
  a new connection holds a thread for 5 s even when silent, and a client that sent half a header or
  half a body holds one for as long as it likes; 50 such clients exhaust 2 × 8 threads (a normal
  request then waited over 120 s). Many threads only move the threshold.
- waitress buffers whole requests, but runs one process (one core, behind the GIL), times clients
  out only on inactivity (a client trickling one byte a minute stays forever), refuses new
  connections past 100 by default, and writes its own English error pages.
- gunicorn's asyncio worker (`gasgi`) would need a WSGI→ASGI adapter that feeds the body to a
  thread as it arrives, and has no deadline for receiving a request head.
So this worker keeps gunicorn (several processes, graceful restarts, `forwarded_allow_ips`, its
HTTP parser and limits) and changes only how a request gets to a thread: the event loop of each
process reads every connection without blocking (paris_droits.interfaces.web.reception frames the
request) until the request is complete, within two deadlines — the head within `delai_entetes`,
the body within `delai_corps` — and past them answers 408 and closes. A slow or silent client costs
a socket and a buffer, never a thread. The threads then only run complete requests and write the
answers; a per-process lock lets one computation run at a time (`CALCULS_SIMULTANES`): Python
threads do not compute in parallel anyway, and openfisca-core does not promise thread safety (its
tax-benefit system caches parameters per instant in a plain dict, without a lock).
The worker relies on gthread's internals (TConn, enqueue_req, finish_request…): gunicorn is pinned
to 27.x in pyproject.toml and tests/web/test_serveur_http.py exercises every path over real HTTP.

Every answer the server writes itself (gunicorn's 400, 414, 431, 501…, and 408, 413) is French JSON
like the application's own errors; except a browser's POST over the limit of a page's route (a fiche
ménage, a sample on the reform page), which gets that page's own French error page (asked of the
application once per process).
"""

from __future__ import annotations

import errno
import json
import os
import socket
import struct
import threading
import time
from functools import partial

from gunicorn.app.base import BaseApplication
from gunicorn.http import errors as erreurs_http
from gunicorn.workers.gthread import TConn, ThreadWorker
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RoutingException

from paris_droits.interfaces.web.application import MESSAGES_HTTP
from paris_droits.interfaces.web.reception import (
    ATTENTE,
    CONTINUER,
    ENTETES_TROP_LONGS,
    PRETE,
    TROP_VOLUMINEUSE,
    Reception,
)
from paris_droits.interfaces.web.reglages import CHEMIN_ECHANTILLON, Reglages
from paris_droits.regles import chemins

# One computation at a time per process (see the module's docstring); the other threads wait for it
# or write answers to their clients.
CALCULS_SIMULTANES = 1
# How long a refused or finished connection is drained before it is closed, so that the client
# reads the answer instead of a reset (RFC 9112 § 9.6). Done in the event loop, never blocking it.
DELAI_VIDANGE = 2.0
# How long a request still arriving is awaited once the server stops.
DELAI_ARRET = 2.0
TAILLE_LECTURE = 64 * 1024


MESSAGES_SERVEUR = {
    408: "La requête n'a pas été reçue en entier dans le délai imparti ; la connexion est fermée.",
    413: MESSAGES_HTTP[413],
    431: "Les en-têtes de la requête sont trop nombreux ou trop longs.",
    500: MESSAGES_HTTP[500],
    503: "Le serveur s'arrête ou redémarre : renvoyez la requête dans un instant.",
}
RAISONS = {
    400: "Bad Request", 403: "Forbidden", 408: "Request Timeout", 413: "Content Too Large", 414: "URI Too Long",
    417: "Expectation Failed", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
    501: "Not Implemented", 503: "Service Unavailable",
}
# gunicorn's parsing errors, first match wins: (exception classes, status, French sentence).
ERREURS_GUNICORN = (
    ((erreurs_http.InvalidResponseHeader, erreurs_http.InvalidResponseHeaderName), 500, MESSAGES_HTTP[500]),
    ((erreurs_http.LimitRequestLine,), 414, "L'adresse demandée est trop longue (ligne de requête de plus de {ligne} octets)."),
    ((erreurs_http.LimitRequestHeaders,), 431, MESSAGES_SERVEUR[431]),
    ((erreurs_http.UnsupportedTransferCoding,), 501,
     "Ce codage de transfert n'est pas pris en charge : envoyez le corps avec Content-Length ou « Transfer-Encoding: chunked »."),
    ((erreurs_http.ExpectationFailed,), 417, "L'en-tête Expect de la requête n'est pas pris en charge (seul « 100-continue » l'est)."),
    ((erreurs_http.ForbiddenProxyRequest,), 403, "Cette adresse n'est pas autorisée à se présenter comme mandataire."),
    ((erreurs_http.InvalidRequestLine, erreurs_http.InvalidRequestMethod, erreurs_http.InvalidHTTPVersion,
      erreurs_http.InvalidProxyLine, erreurs_http.InvalidH2CPreface), 400,
     "La ligne de requête HTTP est mal formée (attendu : MÉTHODE /adresse HTTP/1.1)."),
    ((erreurs_http.InvalidHeader, erreurs_http.InvalidHeaderName, erreurs_http.ObsoleteFolding,
      erreurs_http.InvalidSchemeHeaders), 400, "Un en-tête de la requête HTTP est mal formé."),
    ((erreurs_http.InvalidChunkSize, erreurs_http.ChunkMissingTerminator, erreurs_http.InvalidChunkExtension), 400,
     "Le corps de la requête est mal découpé (Transfer-Encoding: chunked)."),
)


def reponse_brute(statut: int, entetes: list[tuple[str, str]], corps: bytes) -> bytes:
    """A complete HTTP/1.1 answer closing the connection, with its length and the package's headers."""
    propres = [(nom, valeur) for nom, valeur in entetes if nom.lower() not in ("content-length", "connection")]
    propres += [("Content-Length", str(len(corps))), ("Connection", "close")]
    propres += [(nom, valeur) for nom, valeur in (("Country-Package", "paris-droits"), ("X-Content-Type-Options", "nosniff"))
                if nom.lower() not in {n.lower() for n, _ in entetes}]
    tete = f"HTTP/1.1 {statut} {RAISONS.get(statut, 'Error')}\r\n" + "".join(f"{nom}: {valeur}\r\n" for nom, valeur in propres)
    return (tete + "\r\n").encode("latin-1") + corps


def reponse_json(statut: int, message: str) -> bytes:
    """A complete HTTP answer whose body is `{"erreur": message}`, closing the connection."""
    corps = json.dumps({"erreur": message}, ensure_ascii=False).encode("utf-8")
    return reponse_brute(statut, [("Content-Type", "application/json; charset=utf-8")], corps)


# One POST route of each blueprint of HTML pages: the route whose 413 page a refused browser is shown.
ROUTES_DES_PAGES = {"pages": "/importer", "reformes": CHEMIN_ECHANTILLON}


def pages_trop_volumineuses(application, reglages: Reglages) -> dict[str, bytes]:
    """For each blueprint of HTML pages, its own answer to a POST over the size limit: its French error page,
    in the site's layout and under its security headers. Asked once of the application (the server refuses
    such a request before reading it, so the application never sees it). The page holds nothing of a user
    and no form: the session cookie the application would set with it is left out."""
    pages = {}
    for blueprint, chemin in ROUTES_DES_PAGES.items():
        limite = max(reglages.taille_max, reglages.taille_max_echantillon if chemin == CHEMIN_ECHANTILLON else 0)
        reponse = application.test_client().post(
            chemin, headers={"Accept": "text/html"}, content_type="multipart/form-data; boundary=x",
            environ_overrides={"CONTENT_LENGTH": str(limite + 1)},
        )
        if reponse.status_code == 413 and reponse.mimetype == "text/html":
            entetes = [(nom, valeur) for nom, valeur in reponse.headers.items() if nom.lower() not in ("set-cookie", "vary")]
            pages[blueprint] = reponse_brute(413, entetes, reponse.get_data())
    return pages


def erreur_gunicorn(exception: BaseException, limite_ligne: int) -> tuple[int, str]:
    """The status and French sentence for an error raised while gunicorn parsed a request."""
    for classes, statut, message in ERREURS_GUNICORN:
        if isinstance(exception, classes):
            return statut, message.format(ligne=limite_ligne)
    return 500, MESSAGES_HTTP[500]


def _borner_les_attentes(sock: socket.socket, secondes: float) -> None:
    """Kernel send and receive timeouts: a thread that writes to (or, rarely, reads from) a client
    that stopped reading (or sending) gets an error after `secondes` instead of waiting forever.
    Set at the kernel level because gunicorn makes the socket blocking again in its threads."""
    duree = struct.pack("@ll", int(secondes), int((secondes % 1) * 1_000_000))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, duree)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, duree)


def _un_calcul_a_la_fois(application, verrou: threading.Semaphore):
    def appel(environ, start_response):
        with verrou:
            return application(environ, start_response)

    return appel


class TravailleurTampon(ThreadWorker):
    """gunicorn's threaded worker, receiving whole requests in its event loop (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reglages: Reglages = self.app.reglages
        self.receptions: dict[TConn, Reception] = {}
        self.vidanges: dict[TConn, float] = {}

    def load_wsgi(self):
        super().load_wsgi()
        self.pages_trop_volumineuses = pages_trop_volumineuses(self.app.application, self.reglages)
        self.routes = self.app.application.url_map.bind("localhost")
        self.wsgi = _un_calcul_a_la_fois(self.wsgi, threading.BoundedSemaphore(CALCULS_SIMULTANES))

    # New connections and kept-alive ones that become readable go to the event loop, not to a thread.
    def accept(self, listener):
        try:
            client, adresse = listener.accept()
        except OSError as erreur:
            if erreur.errno in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                return
            raise
        self.nr_conns += 1
        _borner_les_attentes(client, max(self.reglages.delai_corps, 1.0))
        self._recevoir(TConn(self.cfg, client, adresse, listener.getsockname()))

    def on_client_socket_readable(self, conn, client):
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._recevoir(conn)
        self._lire(conn)

    def finish_request(self, conn, fs):
        """After an answer: the next request (already begun, or to come) is received in the event loop;
        a connection to close is drained there, never in a blocking call of the loop."""
        try:
            garder = (not fs.cancelled()) and fs.exception() is None and fs.result() is True
        except Exception:
            garder = False
        if not garder:
            self._fermer_en_douceur(conn)
        elif conn.parser.unreader.buf.getvalue() and self.alive:
            self._recevoir(conn, conn.parser.unreader.take_buffered())
        else:
            super().finish_request(conn, fs)

    def murder_pending(self):
        super().murder_pending()
        self._expirer()

    def handle_error(self, req, client, addr, exc):
        """gunicorn's own error pages, as French JSON."""
        statut, message = erreur_gunicorn(exc, self.cfg.limit_request_line)
        if statut == 500:
            self.log.exception("Erreur interne pendant la lecture d'une requête")
        else:
            self.log.warning("Requête refusée (%s) de %s : %s", statut, (addr or ("",))[0], exc)
        try:
            client.sendall(reponse_json(statut, message))
        except OSError:
            self.log.debug("Réponse d'erreur non envoyée.")

    def _recevoir(self, conn, deja: bytes = b"") -> None:
        r = self.reglages
        maintenant = time.monotonic()
        conn.sock.setblocking(False)
        self.receptions[conn] = Reception(maintenant, r.delai_entetes, r.delai_corps, r.taille_max, self.cfg.limit_request_line,
                                          {CHEMIN_ECHANTILLON.encode(): r.taille_max_echantillon})
        self.poller.register(conn.sock, 1, partial(self._lire, conn))  # 1: selectors.EVENT_READ
        if deja:
            self._avancer(conn, self.receptions[conn].recevoir(deja, maintenant))

    def _lire(self, conn, _fichier=None) -> None:
        reception = self.receptions.get(conn)
        if reception is None:
            return
        try:
            donnees = conn.sock.recv(TAILLE_LECTURE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            donnees = b""
        if not donnees:
            self._fermer(conn)
            return
        self._avancer(conn, reception.recevoir(donnees, time.monotonic()))

    def _avancer(self, conn, etat: str) -> None:
        reception = self.receptions[conn]
        if etat == ATTENTE:
            if reception.doit_continuer():
                reception.continuer_envoye = True
                self._envoyer(conn, CONTINUER)
        elif etat == PRETE:
            self._confier(conn)
        elif etat == TROP_VOLUMINEUSE:
            self._refuser(conn, 413)
        elif etat == ENTETES_TROP_LONGS:
            self._refuser(conn, 431)

    def _confier(self, conn) -> None:
        """A complete request: to the threads, its bytes already in gunicorn's parser."""
        reception = self.receptions.pop(conn)
        self.poller.unregister(conn.sock)
        conn.init()
        conn.parser.unreader.buf.seek(0, os.SEEK_END)
        conn.parser.unreader.buf.write(reception.octets())
        self.enqueue_req(conn)

    def _refuser(self, conn, statut: int) -> None:
        journal = self.log.warning if statut in (413, 431) else self.log.info  # a timeout is ordinary
        journal("Requête refusée (%s) de %s", statut, conn.client[0] if conn.client else "")
        page = self._page_du_refus(self.receptions.get(conn)) if statut == 413 else None
        self._envoyer(conn, page or reponse_json(statut, MESSAGES_SERVEUR[statut]))
        self._fermer_en_douceur(conn)

    def _page_du_refus(self, reception: Reception | None) -> bytes | None:
        """The error page for a browser (its Accept names HTML) posting too much to a page's route."""
        if reception is None or not reception.chemin or b"text/html" not in reception.accepte:
            return None
        try:
            point = self.routes.match(reception.chemin.decode("ascii"), method="POST")[0]
        except (HTTPException, RoutingException, UnicodeDecodeError):
            return None
        return self.pages_trop_volumineuses.get(point.rpartition(".")[0])

    def _envoyer(self, conn, octets: bytes) -> None:
        """A short answer written without blocking the loop (it fits in the socket's buffer)."""
        try:
            conn.sock.setblocking(False)
            conn.sock.send(octets)
        except OSError:
            pass

    def _fermer_en_douceur(self, conn) -> None:
        """Half-close, then read and discard what the client still sends, from the loop, for at most
        DELAI_VIDANGE seconds."""
        if conn in self.receptions:
            del self.receptions[conn]
            self._desinscrire(conn)
        try:
            conn.sock.setblocking(False)
            conn.sock.shutdown(socket.SHUT_WR)
            self.poller.register(conn.sock, 1, partial(self._vidanger, conn))
        except (OSError, ValueError, KeyError):
            self._fermer(conn)
            return
        self.vidanges[conn] = time.monotonic() + DELAI_VIDANGE

    def _vidanger(self, conn, _fichier=None) -> None:
        try:
            if conn.sock.recv(TAILLE_LECTURE):
                return
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            pass
        self._fermer(conn)

    def _fermer(self, conn) -> None:
        self.receptions.pop(conn, None)
        self.vidanges.pop(conn, None)
        self._desinscrire(conn)
        conn.close()
        self.nr_conns -= 1

    def _desinscrire(self, conn) -> None:
        try:
            self.poller.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass

    def _expirer(self) -> None:
        """Past their deadline: a silent connection is closed, a request half received gets a 408
        (503 when the server stops); a drained connection is closed."""
        maintenant = time.monotonic()
        for conn, reception in list(self.receptions.items()):
            if not self.alive:
                reception.echeance = min(reception.echeance, maintenant + (DELAI_ARRET if reception.tampon else 0))
            if reception.echeance > maintenant:
                continue
            if reception.tampon:
                self._refuser(conn, 408 if self.alive else 503)
            else:
                self._fermer(conn)
        for conn, echeance in list(self.vidanges.items()):
            if echeance <= maintenant:
                self._fermer(conn)


class ServeurGunicorn(BaseApplication):
    """gunicorn, configured from `Reglages`, serving the given WSGI application."""

    def __init__(self, application, reglages: Reglages) -> None:
        self.application = application
        self.reglages = reglages
        super().__init__()

    def load_config(self):
        r = self.reglages
        for cle, valeur in {
            "bind": r.adresse,
            "workers": r.processus,
            "worker_class": TravailleurTampon,
            "threads": r.fils,
            "worker_connections": r.connexions_max,
            "forwarded_allow_ips": ",".join(r.mandataires),
            "http_protocols": "h1",
            "keepalive": 5,
            "timeout": 60,
            "graceful_timeout": 10,
            "accesslog": None,
            "control_socket_disable": True,
        }.items():
            self.cfg.set(cle, valeur)

    def load(self):
        return self.application


def echauffer(application) -> None:
    """One evaluation of a shipped situation before the workers fork, so that each starts with
    openfisca's caches warm: the first evaluation in a process takes about 0.7 s, the next under 0.1 s."""
    situation = chemins.SITUATIONS / "couple_deux_eleves.json"
    if situation.exists():
        application.test_client().post("/evaluer", data=situation.read_bytes(), content_type="application/json")


def servir(application, reglages: Reglages) -> None:
    """Serve the WSGI application until interrupted (SIGINT, SIGTERM)."""
    ServeurGunicorn(application, reglages).run()
