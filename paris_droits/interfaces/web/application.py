"""The Flask application: configuration, hardening shared by every route, French error bodies.

Hardening, each point tested over real HTTP:
- a request-size limit (413);
- at most a configured number of persons per request;
- CORS origins from configuration only (none by default), never `*`;
- error bodies with a French message and no stack trace;
- bound to loopback by default (see the `serve` command).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, request
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from paris_droits.commun.erreurs import ErreurEntree, ErreurParisDroits
from paris_droits.interfaces.web import api

journal = logging.getLogger("paris_droits.web")

MESSAGES_HTTP = {
    400: "Requête invalide.",
    404: "Cette adresse n'existe pas dans l'API paris-droits.",
    405: "Cette méthode HTTP n'est pas acceptée sur cette adresse.",
    413: "La requête est trop volumineuse.",
    415: "Le corps de la requête doit être du JSON (Content-Type: application/json).",
    500: "Erreur interne du serveur ; l'incident a été journalisé.",
}


@dataclass
class Configuration:
    taille_max_octets: int = 256 * 1024
    personnes_max: int = 50
    origines_cors: list[str] = field(default_factory=list)

    @classmethod
    def depuis_environnement(cls) -> Configuration:
        origines = [o.strip() for o in os.environ.get("PARIS_DROITS_CORS_ORIGINES", "").split(",") if o.strip()]
        return cls(
            taille_max_octets=int(os.environ.get("PARIS_DROITS_TAILLE_MAX_OCTETS", cls.taille_max_octets)),
            personnes_max=int(os.environ.get("PARIS_DROITS_PERSONNES_MAX", cls.personnes_max)),
            origines_cors=origines,
        )


def _erreur(message: str, statut: int, **details):
    return jsonify({"erreur": message, **details}), statut


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
        return jsonify(erreur.en_dict()), 400

    @app.errorhandler(HTTPException)
    def erreur_http(erreur):
        return _erreur(MESSAGES_HTTP.get(erreur.code, "Requête refusée."), erreur.code or 400)

    @app.errorhandler(Exception)
    def erreur_interne(erreur):
        journal.exception("Erreur interne sur %s", request.path)
        return _erreur(MESSAGES_HTTP[500], 500)


def creer_application(configuration: Configuration | None = None) -> Flask:
    """The web application: the JSON API (blueprint `api`), hardened."""
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
    app.register_blueprint(api.creer_blueprint())
    _installer_gestionnaires(app)
    return app
