"""The JSON API: the standard OpenFisca routes (/calculate, /trace, /variables, /parameters, /spec…)
plus POST /evaluer, on the rules of paris-droits.

Built on openfisca_web_api's data loader and handlers (not its app factory, which hard-codes
`CORS(origins="*")`). Inputs are checked here before core sees them: `axes` refused (core crashes
on them), the number of persons bounded, the situation validated in French.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers
from openfisca_web_api.loader import build_data

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.lecture import ErreurSyntaxe, lire_document
from paris_droits.interfaces.web.spec import completer
from paris_droits.menage.evaluation import evaluer as evaluer_menage
from paris_droits.menage.fiche import est_une_fiche
from paris_droits.menage.situation import traduire_erreur_openfisca, valider_situation
from paris_droits.regles.systeme import systeme

JSON_ATTENDU = "Le corps de la requête doit être un objet JSON valide."


class Refus(Exception):
    """A request refused with a French message, an HTTP status and the field concerned."""

    def __init__(self, message: str, statut: int, champ: str | None = None) -> None:
        super().__init__(message)
        self.message, self.statut, self.champ = message, statut, champ


def _configuration():
    return current_app.config["PARIS_DROITS"]


def corps_json() -> dict:
    """The request's JSON object, or a French refusal."""
    if request.content_length is not None and request.content_length > _configuration().taille_max_octets:
        raise Refus("La requête est trop volumineuse.", 413)
    if not request.is_json:
        raise Refus(JSON_ATTENDU, 400)
    try:
        corps = lire_document(request.get_data(cache=True), "Le corps de la requête", "json")
    except ErreurSyntaxe:
        raise Refus(JSON_ATTENDU, 400) from None
    except ErreurEntree as erreur:  # too deep, too big, NaN…
        raise Refus(erreur.message, 400) from None
    if not isinstance(corps, dict):
        raise Refus("Le corps de la requête doit être un objet JSON (des clés et des valeurs).", 400)
    return corps


def controler_situation(situation: dict, calcul: bool) -> None:
    """Refuse what core cannot take safely, then validate the situation in French."""
    if "axes" in situation:
        raise Refus("Le champ « axes » n'est pas accepté par cette API (balayages non pris en charge).", 400, "axes")
    individus = situation.get("individus")
    maximum = _configuration().personnes_max
    if isinstance(individus, dict) and len(individus) > maximum:
        raise Refus(
            f"La situation décrit {len(individus)} personnes ; cette API en accepte au plus {maximum} par requête.", 400, "individus"
        )
    valider_situation(situation, systeme(), calcul=calcul)


def _erreur(message: str, statut: int):
    return jsonify({"erreur": message}), statut


def _routes_de_lecture(bp: Blueprint, donnees: dict) -> None:
    @bp.get("/parameters")
    def parametres():
        return jsonify({
            p["id"]: {"description": p["description"], "href": f"{request.host_url}parameter/{nom}"}
            for nom, p in donnees["parameters"].items()
            if p.get("subparams") is None
        })

    @bp.get("/parameter/<path:identifiant>")
    def parametre(identifiant):
        trouve = donnees["parameters"].get(identifiant) or donnees["parameters"].get(identifiant.replace(".", "/"))
        if trouve is None:
            return _erreur(f"Le paramètre « {identifiant} » n'existe pas.", 404)
        return jsonify(trouve)

    @bp.get("/variables")
    def variables():
        return jsonify({nom: {"description": v["description"], "href": f"{request.host_url}variable/{nom}"} for nom, v in donnees["variables"].items()})

    @bp.get("/variable/<identifiant>")
    def variable(identifiant):
        trouve = donnees["variables"].get(identifiant)
        if trouve is None:
            return _erreur(f"La variable « {identifiant} » n'existe pas.", 404)
        return jsonify(trouve)

    @bp.get("/entities")
    def entites():
        return jsonify(donnees["entities"])

    @bp.get("/spec")
    def spec():
        return jsonify({**donnees["openAPI_spec"], "servers": [{"url": request.host_url.rstrip("/")}]})


def _simuler(gestionnaire):
    situation = corps_json()
    controler_situation(situation, calcul=True)
    try:
        return jsonify(gestionnaire(systeme(), situation))
    except (SituationParsingError, PeriodMismatchError) as erreur:
        return _erreur(traduire_erreur_openfisca(getattr(erreur, "error", {})), 400)


def _routes_de_calcul(bp: Blueprint) -> None:
    @bp.post("/calculate")
    def calculer():
        return _simuler(handlers.calculate)

    @bp.post("/trace")
    def tracer():
        return _simuler(handlers.trace)

    @bp.post("/evaluer")
    def evaluer():
        corps = corps_json()
        periode = request.args.get("periode")
        maximum = _configuration().personnes_max
        if not est_une_fiche(corps):
            periode = periode or corps.pop("periode", None)
            controler_situation(corps, calcul=False)
        elif len(corps.get("adultes") or []) + len(corps.get("enfants") or []) > maximum:
            raise Refus(f"La fiche décrit plus de {maximum} personnes.", 400, "adultes")
        return jsonify(evaluer_menage(corps, periode).en_dict())


def creer_blueprint() -> Blueprint:
    """The API's routes; the OpenFisca description of the rules is built once, here."""
    bp = Blueprint("api", __name__)
    donnees = build_data(systeme())
    donnees["openAPI_spec"] = completer(donnees["openAPI_spec"])

    @bp.get("/api")
    def accueil():
        return jsonify({"bienvenue": "API paris-droits : routes OpenFisca standard (/calculate, /trace, /variables, /parameters, /spec) et POST /evaluer."})

    _routes_de_lecture(bp, donnees)
    _routes_de_calcul(bp)
    return bp
