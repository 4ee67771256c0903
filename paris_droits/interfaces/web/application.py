"""The Flask application: the pages of the « bilan de droits » at `/` (blueprint `pages`), the policy teams'
reform page at `/reformes` (blueprint `reformes`) and the JSON API (blueprint `api`, its welcome at `/api`),
with the hardening shared by every route and French errors:
JSON for the API, an HTML page for the pages and for a browser asking for an unknown address.

Hardening, each point tested over real HTTP:
- a request-size limit (413), larger for the reform page's sample upload only;
- at most a configured number of persons per request;
- CORS origins from configuration only (none by default), never `*`;
- error bodies with a French message and no stack trace;
- bound to loopback by default (see the `serve` command);
- the pages: CSRF token on every form, strict Content-Security-Policy, no framing, no cache
  (paris_droits.interfaces.web.securite).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, request
from flask_cors import CORS
from flask_wtf.csrf import CSRFError, generate_csrf
from werkzeug.exceptions import HTTPException

from paris_droits.commun.erreurs import ErreurEntree, ErreurParisDroits
from paris_droits.interfaces.web import api, pages, pages_reformes, securite
from paris_droits.interfaces.web.reglages import CHEMIN_ECHANTILLON, TAILLE_MAX_ECHANTILLON
from paris_droits.interfaces.web.vues import page_erreur

journal = logging.getLogger("paris_droits.web")

MESSAGES_HTTP = {
    400: "Requête invalide.",
    404: "Cette adresse n'existe pas dans l'API paris-droits.",
    405: "Cette méthode HTTP n'est pas acceptée sur cette adresse.",
    413: "La requête est trop volumineuse.",
    415: "Le corps de la requête doit être du JSON (Content-Type: application/json).",
    500: "Erreur interne du serveur ; l'incident a été journalisé.",
}
MESSAGES_PAGES = {
    404: "Cette page n'existe pas. Le bilan de droits commence à la page d'accueil.",
    405: "Cette page ne s'ouvre pas ainsi : repartez de la page d'accueil du bilan.",
    413: "L'envoi est trop volumineux : une fiche ménage pèse quelques kilo-octets.",
    415: "Ce type de fichier n'est pas accepté : une fiche ménage (.yaml) ou une situation OpenFisca (.json).",
}
CSRF_REFUSE = ("Le formulaire a expiré ou ne vient pas de cette page (jeton de sécurité absent ou périmé) ; "
               "pour votre sécurité, il n'a pas été traité. Revenez à la page d'accueil et recommencez.")


@dataclass
class Configuration:
    taille_max_octets: int = 256 * 1024
    personnes_max: int = 50
    origines_cors: list[str] = field(default_factory=list)
    cookie_securise: bool = False  # the session cookie (the CSRF token only) sent over HTTPS only
    taille_max_echantillon_octets: int = TAILLE_MAX_ECHANTILLON  # the reform page's upload (CHEMIN_ECHANTILLON) only

    @classmethod
    def depuis_environnement(cls) -> Configuration:
        origines = [o.strip() for o in os.environ.get("PARIS_DROITS_CORS_ORIGINES", "").split(",") if o.strip()]
        return cls(
            taille_max_octets=int(os.environ.get("PARIS_DROITS_TAILLE_MAX_OCTETS", cls.taille_max_octets)),
            personnes_max=int(os.environ.get("PARIS_DROITS_PERSONNES_MAX", cls.personnes_max)),
            origines_cors=origines,
            cookie_securise=os.environ.get("PARIS_DROITS_COOKIE_SECURISE", "") in ("1", "oui", "true"),
            taille_max_echantillon_octets=int(os.environ.get("PARIS_DROITS_TAILLE_MAX_ECHANTILLON", cls.taille_max_echantillon_octets)),
        )


def _erreur(message: str, statut: int, **details):
    return jsonify({"erreur": message, **details}), statut


PAGES = ("pages", "reformes")  # the blueprints of HTML pages (the others answer JSON)


def _page_demandee() -> bool:
    """An HTML page is answered to the pages, and to a browser asking for an address that does not exist."""
    if request.blueprint in PAGES:
        return True
    if request.blueprint is None and "text/html" in request.headers.get("Accept", ""):
        return request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"
    return False


def _page(message: str, statut: int):
    if request.blueprint == "reformes":
        return pages_reformes.page_erreur(statut, message), statut
    try:
        jeton = generate_csrf()
    except Exception:  # noqa: BLE001 - an error page never fails for want of a token
        jeton = None
    return page_erreur(statut, message, None, jeton), statut


def _installer_gestionnaires(app: Flask) -> None:
    @app.after_request
    def entetes(reponse):
        reponse.headers["Country-Package"] = "paris-droits"
        reponse.headers["X-Content-Type-Options"] = "nosniff"
        return reponse

    @app.errorhandler(api.Refus)
    def refus(erreur):
        return _erreur(erreur.message, erreur.statut, **({"champ": erreur.champ} if erreur.champ else {}))

    @app.errorhandler(ErreurParisDroits)
    def erreur_entree(erreur):
        if _page_demandee():
            return _page(erreur.message, 400)
        return jsonify(erreur.en_dict()), 400

    @app.errorhandler(CSRFError)
    def erreur_csrf(erreur):
        return _page(CSRF_REFUSE, 400)

    @app.errorhandler(HTTPException)
    def erreur_http(erreur):
        statut = erreur.code or 400
        if _page_demandee():
            return _page(MESSAGES_PAGES.get(statut, MESSAGES_HTTP.get(statut, "Requête refusée.")), statut)
        return _erreur(MESSAGES_HTTP.get(statut, "Requête refusée."), statut)

    @app.errorhandler(Exception)
    def erreur_interne(erreur):
        journal.exception("Erreur interne sur %s", request.path)  # the path only: never a request's body
        if _page_demandee():
            return _page(MESSAGES_HTTP[500], 500)
        return _erreur(MESSAGES_HTTP[500], 500)


def creer_application(configuration: Configuration | None = None) -> Flask:
    """The web application: the pages (blueprint `pages`) and the JSON API (blueprint `api`), hardened."""
    configuration = configuration or Configuration.depuis_environnement()
    if "*" in configuration.origines_cors:
        raise ErreurEntree("L'origine CORS « * » est refusée : listez les origines autorisées une à une.", champ="cors")
    app = Flask("paris_droits")
    app.config["MAX_CONTENT_LENGTH"] = configuration.taille_max_octets
    app.config["PARIS_DROITS"] = configuration
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.url_map.strict_slashes = False
    if configuration.origines_cors:
        CORS(app, origins=configuration.origines_cors)

    @app.before_request  # before the CSRF check, which reads the form: the upload's own limit must apply to it
    def taille_par_route():
        if request.path == CHEMIN_ECHANTILLON:
            request.max_content_length = max(configuration.taille_max_octets, configuration.taille_max_echantillon_octets)

    protection = securite.installer(app, configuration.cookie_securise)
    blueprint_api = api.creer_blueprint()
    protection.exempt(blueprint_api)  # JSON clients send no cookie and no form: CORS guards the API
    app.register_blueprint(blueprint_api)
    app.register_blueprint(pages.creer_blueprint())
    app.register_blueprint(pages_reformes.creer_blueprint())
    _installer_gestionnaires(app)
    return app
