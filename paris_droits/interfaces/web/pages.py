"""The web pages at `/`: the « bilan de droits » a social worker does with a household, in French,
server-rendered (templates of paris_droits/rapports/gabarits/), usable without JavaScript.

The server keeps nothing about a household. The answers travel in the page itself: the fiche ménage
being built is a hidden field (JSON), read back and validated at every step like any input (size, depth,
persons, fields), so going back or forward never loses an answer and nothing is stored or logged.
Every household comes by POST (never in an address, which logs would keep).

Routes: GET / (step 1 and the import form), POST /bilan (a step: next, previous, a given step, the
results, change the month or the aids already received), POST /importer (a fiche ménage YAML or an
OpenFisca situation JSON, straight to its results), POST /enregistrer (the household as a fiche
ménage YAML the command line reads), GET /statique/<fichier> (stylesheets and the optional script).
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, request, send_file
from flask_wtf.csrf import generate_csrf

from paris_droits.commun.erreurs import ErreurEntree, ErreurParisDroits
from paris_droits.commun.lecture import lire_document
from paris_droits.interfaces.web import vues
from paris_droits.interfaces.web.parcours import planifier, voisine
from paris_droits.interfaces.web.questions import NOMS_ETAPES
from paris_droits.interfaces.web.saisie import (
    Erreurs,
    appliquer_menage,
    appliquer_percues,
    appliquer_personnes,
    appliquer_questions,
    controler,
)
from paris_droits.menage.evaluation import evaluer
from paris_droits.menage.fiche import est_une_fiche
from paris_droits.menage.situation import valider_situation
from paris_droits.menage.traduction import normaliser, situation_vers_fiche
from paris_droits.regles.systeme import systeme

GABARITS = Path(__file__).resolve().parents[2] / "rapports" / "gabarits" / "styles"
STATIQUE = Path(__file__).resolve().parents[2] / "rapports" / "statique"
FICHIERS_STATIQUES = {
    "commun.css": GABARITS / "commun.css",
    "fiche_droits.css": GABARITS / "fiche_droits.css",
    "bilan.css": GABARITS / "bilan.css",
    "reformes.css": GABARITS / "reformes.css",
    "bilan.js": STATIQUE / "bilan.js",
}
EXTENSIONS = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}
ETAT_MAX_OCTETS = 128 * 1024  # the hidden fiche: a few kilobytes for the largest household allowed
FICHIER_MAX_OCTETS = 128 * 1024  # an imported fiche or situation (the shipped ones weigh 1 to 3 kB)


class RefusPage(Exception):
    """A request refused with a French sentence, shown on an HTML page with its status."""

    def __init__(self, message: str, statut: int = 400, fiche: dict | None = None) -> None:
        super().__init__(message)
        self.message, self.statut, self.fiche = message, statut, fiche


def _personnes_max() -> int:
    return current_app.config["PARIS_DROITS"].personnes_max


def _controler_personnes(donnees: dict) -> None:
    maximum = _personnes_max()
    if est_une_fiche(donnees):
        nombre = len(donnees.get("adultes") or []) + len(donnees.get("enfants") or [])
    else:
        individus = donnees.get("individus")
        nombre = len(individus) if isinstance(individus, dict) else 0
        if "axes" in donnees:
            raise RefusPage("Le champ « axes » n'est pas accepté (balayages non pris en charge).")
    if nombre > maximum:
        raise RefusPage(f"Le ménage décrit {nombre} personnes ; cette page en accepte au plus {maximum}.")


def lire_etat(nom: str = "fiche") -> dict:
    """The hidden fiche (or imported situation) of the page, read and bounded like any input."""
    texte = request.form.get(nom) or "{}"
    designation = f"Le champ caché « {nom} » de la page"
    if len(texte.encode("utf-8")) > ETAT_MAX_OCTETS:
        raise RefusPage(f"{designation} dépasse {ETAT_MAX_OCTETS // 1024} Kio : les réponses sont trop volumineuses.", 413)
    try:
        donnees = lire_document(texte.encode("utf-8"), designation, "json")
    except ErreurEntree as erreur:
        raise RefusPage(erreur.message) from None
    if not isinstance(donnees, dict):
        raise RefusPage(f"{designation} doit être un objet JSON : recommencez le bilan depuis la page d'accueil.")
    _controler_personnes(donnees)
    return donnees


def _appliquer_etape(etape: str, fiche: dict) -> Erreurs:
    erreurs = Erreurs()
    if etape == "menage":
        appliquer_menage(fiche, request.form, erreurs)
        nombre = len(fiche.get("adultes") or []) + len(fiche.get("enfants") or [])
        if nombre > _personnes_max():
            erreurs["nombre_enfants"] = f"Le ménage compte {nombre} personnes ; ce bilan en accepte au plus {_personnes_max()}."
    elif etape == "personnes":
        appliquer_personnes(fiche, request.form, erreurs)
    else:
        appliquer_questions(fiche, request.form, erreurs)
    if not erreurs and etape != "menage":
        controler(fiche, erreurs)
    return erreurs


def _resultats(fiche: dict, document: dict | None = None, non_repris=()) -> str:
    """The results page for the fiche (or for the imported situation it was read from)."""
    donnees = document if document else fiche
    periode = fiche.get("periode") if document else None
    try:
        evaluation = evaluer(donnees, periode)
    except ErreurParisDroits as erreur:
        raise RefusPage(erreur.message, 400, fiche) from None
    if document:
        for resultat in evaluation.aides:
            resultat.deja_percue = resultat.slug in (fiche.get("aides_percues") or [])
    return vues.page_resultats(evaluation, fiche, document, list(non_repris), generate_csrf())


def _aller(etape: str, fiche: dict, action: str) -> str:
    """After a step was read without error: the page the action asks for."""
    plan = planifier(fiche)
    if action == "precedent":
        cible = voisine(etape, fiche, plan, -1) or NOMS_ETAPES[0]
    elif action.startswith("aller:") and action[6:] in NOMS_ETAPES:
        cible = action[6:]
    elif action == "resultats":
        return _resultats(fiche)
    else:
        cible = voisine(etape, fiche, plan, 1)
        if cible is None:
            return _resultats(fiche)
    return vues.page_etape(cible, fiche, plan, generate_csrf())


def _bilan() -> str:
    fiche = lire_etat("fiche")
    document = lire_etat("document") if request.form.get("document") else None
    action = request.form.get("action", "suivant")
    etape = request.form.get("etape", "")
    if etape == "resultats":  # the results page: month, aids already received, then an action
        appliquer_percues(fiche, request.form)
        if request.form.get("periode"):
            fiche["periode"] = request.form["periode"]
        if action == "modifier":
            return vues.page_etape(NOMS_ETAPES[0], fiche, planifier(fiche), generate_csrf())
        return _resultats(fiche, document, json.loads(request.form.get("non_repris") or "[]")[:50])
    if etape not in NOMS_ETAPES:
        raise RefusPage("Cette étape du bilan n'existe pas : recommencez depuis la première page.")
    erreurs = _appliquer_etape(etape, fiche)
    if erreurs:
        return vues.page_etape(etape, fiche, planifier(fiche), generate_csrf(), erreurs=erreurs, saisie=request.form)
    return _aller(etape, fiche, action)


def _importer() -> str:
    fichier = request.files.get("fichier")
    if fichier is None or not fichier.filename:
        raise RefusPage("Choisissez un fichier : une fiche ménage (.yaml) ou une situation OpenFisca (.json).")
    nom = Path(fichier.filename).name
    format_ = EXTENSIONS.get(Path(nom).suffix.lower())
    if format_ is None:
        raise RefusPage(f"Le fichier « {nom} » n'est ni une fiche ménage (.yaml, .yml) ni une situation OpenFisca (.json).", 415)
    octets = fichier.read(FICHIER_MAX_OCTETS + 1)
    if len(octets) > FICHIER_MAX_OCTETS:
        raise RefusPage(f"Le fichier « {nom} » dépasse {FICHIER_MAX_OCTETS // 1024} Kio, la taille admise pour une fiche.", 413)
    try:
        donnees = lire_document(octets, f"Le fichier « {nom} »", format_)
        if not isinstance(donnees, dict):
            raise ErreurEntree(f"Le fichier « {nom} » doit contenir un objet (des clés et des valeurs).")
        _controler_personnes(donnees)
        if est_une_fiche(donnees):
            evaluation = evaluer(donnees)
            return vues.page_resultats(evaluation, normaliser(donnees), None, [], generate_csrf())
        document = {k: v for k, v in donnees.items() if k != "periode"}
        valider_situation(document, systeme())
        evaluation = evaluer(document, donnees.get("periode"))
    except ErreurParisDroits as erreur:
        raise RefusPage(erreur.message) from None
    fiche, non_repris = situation_vers_fiche(document, evaluation.periode)
    return vues.page_resultats(evaluation, fiche, document, non_repris, generate_csrf())


def creer_blueprint() -> Blueprint:
    bp = Blueprint("pages", __name__)

    @bp.get("/")
    def accueil():
        return vues.page_etape(NOMS_ETAPES[0], {}, planifier({}), generate_csrf())

    @bp.post("/bilan")
    def bilan():
        return _bilan()

    @bp.post("/importer")
    def importer():
        return _importer()

    @bp.post("/enregistrer")
    def enregistrer():
        fiche = lire_etat("fiche")
        if request.form.get("etape") in NOMS_ETAPES:  # saved from a step: its answers too (a refused field is left out)
            _appliquer_etape(request.form["etape"], fiche)
        contenu = vues.fiche_yaml(fiche, request.form.get("non_repris"))
        reponse = Response(contenu, mimetype="application/x-yaml")
        nom = f"fiche-menage-{fiche.get('periode') or 'bilan'}.yaml"
        reponse.headers["Content-Disposition"] = f'attachment; filename="{nom}"'
        return reponse

    @bp.get("/statique/<nom>")
    def statique(nom):
        chemin = FICHIERS_STATIQUES.get(nom)
        if chemin is None:
            abort(404)
        return send_file(chemin, max_age=3600)

    @bp.errorhandler(RefusPage)
    def refus(erreur):
        return vues.page_erreur(erreur.statut, erreur.message, erreur.fiche, generate_csrf()), erreur.statut

    return bp
