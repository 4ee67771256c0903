"""The Web API: the standard OpenFisca routes plus POST /evaluer, hardened.

Built on openfisca_web_api's data loader and handlers (not its app factory, which
hard-codes `CORS(origins="*")`). Hardening, each point tested over real HTTP:
- a request-size limit (413);
- `axes` refused (core crashes on them);
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
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers
from openfisca_web_api.loader import build_data
from werkzeug.exceptions import HTTPException

from paris_droits.commun.erreurs import ErreurEntree, ErreurParisDroits
from paris_droits.menage.evaluation import evaluer as evaluer_menage
from paris_droits.menage.fiche import est_une_fiche
from paris_droits.menage.situation import traduire_erreur_openfisca, valider_situation
from paris_droits.regles.systeme import systeme

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


def creer_application(configuration: Configuration | None = None) -> Flask:
    configuration = configuration or Configuration.depuis_environnement()
    if "*" in configuration.origines_cors:
        raise ErreurEntree("L'origine CORS « * » est refusée : listez les origines autorisées une à une.", champ="cors")
    tbs = systeme()
    donnees = build_data(tbs)

    app = Flask("paris_droits")
    app.config["MAX_CONTENT_LENGTH"] = configuration.taille_max_octets
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.url_map.strict_slashes = False
    if configuration.origines_cors:
        CORS(app, origins=configuration.origines_cors)

    def _corps_json() -> dict:
        if request.content_length is not None and request.content_length > configuration.taille_max_octets:
            raise _Refus(MESSAGES_HTTP[413], 413)
        corps = request.get_json(silent=True)
        if corps is None:
            raise _Refus("Le corps de la requête doit être un objet JSON valide.", 400)
        if not isinstance(corps, dict):
            raise _Refus("Le corps de la requête doit être un objet JSON (des clés et des valeurs).", 400)
        return corps

    def _controler_situation(situation: dict, calcul: bool) -> None:
        if "axes" in situation:
            raise _Refus("Le champ « axes » n'est pas accepté par cette API (balayages non pris en charge).", 400, "axes")
        individus = situation.get("individus")
        if isinstance(individus, dict) and len(individus) > configuration.personnes_max:
            raise _Refus(
                f"La situation décrit {len(individus)} personnes ; cette API en accepte au plus {configuration.personnes_max} par requête.",
                400,
                "individus",
            )
        valider_situation(situation, tbs, calcul=calcul)

    @app.get("/")
    def accueil():
        return jsonify({"bienvenue": "API paris-droits : routes OpenFisca standard (/calculate, /trace, /variables, /parameters, /spec) et POST /evaluer."})

    @app.get("/parameters")
    def parametres():
        return jsonify(
            {
                p["id"]: {"description": p["description"], "href": f"{request.host_url}parameter/{nom}"}
                for nom, p in donnees["parameters"].items()
                if p.get("subparams") is None
            }
        )

    @app.get("/parameter/<path:identifiant>")
    def parametre(identifiant):
        trouve = donnees["parameters"].get(identifiant) or donnees["parameters"].get(identifiant.replace(".", "/"))
        if trouve is None:
            return _erreur(f"Le paramètre « {identifiant} » n'existe pas.", 404)
        return jsonify(trouve)

    @app.get("/variables")
    def variables():
        return jsonify(
            {nom: {"description": v["description"], "href": f"{request.host_url}variable/{nom}"} for nom, v in donnees["variables"].items()}
        )

    @app.get("/variable/<identifiant>")
    def variable(identifiant):
        trouve = donnees["variables"].get(identifiant)
        if trouve is None:
            return _erreur(f"La variable « {identifiant} » n'existe pas.", 404)
        return jsonify(trouve)

    @app.get("/entities")
    def entites():
        return jsonify(donnees["entities"])

    @app.get("/spec")
    def spec():
        return jsonify({**donnees["openAPI_spec"], "servers": [{"url": request.host_url.rstrip("/")}]})

    def _simuler(gestionnaire):
        situation = _corps_json()
        _controler_situation(situation, calcul=True)
        try:
            return jsonify(gestionnaire(tbs, situation))
        except (SituationParsingError, PeriodMismatchError) as erreur:
            return _erreur(traduire_erreur_openfisca(getattr(erreur, "error", {})), 400)

    @app.post("/calculate")
    def calculer():
        return _simuler(handlers.calculate)

    @app.post("/trace")
    def tracer():
        return _simuler(handlers.trace)

    @app.post("/evaluer")
    def evaluer():
        corps = _corps_json()
        periode = request.args.get("periode")
        if not est_une_fiche(corps):
            periode = periode or corps.pop("periode", None)
            _controler_situation(corps, calcul=False)
        elif len(corps.get("adultes") or []) + len(corps.get("enfants") or []) > configuration.personnes_max:
            raise _Refus(f"La fiche décrit plus de {configuration.personnes_max} personnes.", 400, "adultes")
        return jsonify(evaluer_menage(corps, periode).en_dict())

    @app.after_request
    def entetes(reponse):
        reponse.headers["Country-Package"] = "paris-droits"
        reponse.headers["X-Content-Type-Options"] = "nosniff"
        return reponse

    @app.errorhandler(_Refus)
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

    return app


class _Refus(Exception):
    def __init__(self, message: str, statut: int, champ: str | None = None) -> None:
        super().__init__(message)
        self.message, self.statut, self.champ = message, statut, champ
