"""Code-health checks on the rules, used by the test suite.

Each function returns a list of French messages, one per defect; an empty list
means the rules are healthy.
"""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

from openfisca_core.parameters import ParameterNode, ParameterScale

from paris_droits.commun.lecture import lire_yaml_du_paquet
from paris_droits.regles import chemins
from paris_droits.regles.couverture import DERNIER_MOIS, PREMIER_MOIS

DEBUT_BALAYAGE = PREMIER_MOIS
FIN_BALAYAGE = DERNIER_MOIS
LITTERAUX_AUTORISES = {0, 1}
CLES_METADONNEES = ("label", "unit", "reference")


def controler_variables(systeme) -> list[str]:
    defauts = []
    for nom, variable in sorted(systeme.variables.items()):
        if not variable.label:
            defauts.append(f"La variable « {nom} » n'a pas de label.")
        if not variable.reference:
            defauts.append(f"La variable « {nom} » n'a pas de référence.")
    return defauts


def _fichiers_parametres(dossier: Path):
    for chemin in sorted(dossier.rglob("*.yaml")):
        if chemin.name != "index.yaml":
            yield chemin


def controler_fichiers_parametres(dossier: Path = chemins.PARAMETRES) -> list[str]:
    defauts = []
    for chemin in _fichiers_parametres(dossier):
        relatif = chemin.relative_to(dossier)
        contenu = lire_yaml_du_paquet(chemin) or {}
        if not contenu.get("description"):
            defauts.append(f"Le paramètre « {relatif} » n'a pas de description.")
        metadonnees = contenu.get("metadata") or {}
        for cle in CLES_METADONNEES:
            if not metadonnees.get(cle):
                defauts.append(f"Le paramètre « {relatif} » n'a pas de metadata.{cle}.")
        if not metadonnees.get("date_verification"):
            defauts.append(f"Le paramètre « {relatif} » n'indique pas sa date de vérification (metadata.date_verification).")
        if "brackets" in contenu and metadonnees.get("type") is None and "amount" in str(contenu["brackets"]):
            defauts.append(
                f"Le barème « {relatif} » a des montants mais pas de metadata.type : "
                "sans « single_amount », il devient silencieusement cumulatif."
            )
    return defauts


def _feuilles(noeud):
    for enfant in noeud.children.values():
        if isinstance(enfant, ParameterNode):
            yield from _feuilles(enfant)
        else:
            yield enfant


def _mois(debut: datetime.date, fin: datetime.date):
    courant = debut
    while courant <= fin:
        yield courant
        courant = (courant.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def _debut_couverture(feuille) -> datetime.date:
    declare = (feuille.metadata or {}).get("debut_couverture")
    if declare is None:
        return DEBUT_BALAYAGE
    return max(DEBUT_BALAYAGE, datetime.date.fromisoformat(str(declare)))


def _fin_couverture(feuille, fin: datetime.date) -> datetime.date:
    """A parameter of a rule replaced at a date (metadata.fin_couverture, exclusive) is swept until the month before."""
    declaree = (feuille.metadata or {}).get("fin_couverture")
    if declaree is None:
        return fin
    return min(fin, datetime.date.fromisoformat(str(declaree)) - datetime.timedelta(days=1))


def balayer_dates(parametres: ParameterNode, debut=DEBUT_BALAYAGE, fin=FIN_BALAYAGE) -> list[str]:
    """Every month in [debut, fin], every parameter must have a value (within its declared coverage)."""
    defauts = []
    for feuille in _feuilles(parametres):
        couverture = max(debut, _debut_couverture(feuille))
        for mois in _mois(couverture, _fin_couverture(feuille, fin)):
            instant = mois.isoformat()
            if isinstance(feuille, ParameterScale):
                bareme = feuille.get_at_instant(instant)
                vide = not bareme.thresholds
            else:
                vide = feuille.get_at_instant(instant) is None
            if vide:
                defauts.append(f"Le paramètre « {feuille.name} » n'est pas défini au {instant}.")
                break
    return defauts


class _Visiteur(ast.NodeVisitor):
    def __init__(self, fichier: str) -> None:
        self.fichier = fichier
        self.defauts: list[str] = []

    def visit_FunctionDef(self, noeud):
        if noeud.name.startswith("formula"):
            for sous in ast.walk(noeud):
                self._controler(sous)

    def _controler(self, noeud):
        ligne = getattr(noeud, "lineno", "?")
        if isinstance(noeud, ast.Constant) and type(noeud.value) in (int, float):
            if noeud.value not in LITTERAUX_AUTORISES:
                self.defauts.append(
                    f"{self.fichier}:{ligne} : la formule contient le nombre {noeud.value!r} ; "
                    "il doit venir de parameters/ avec sa source."
                )
        elif isinstance(noeud, (ast.If, ast.IfExp)):
            self.defauts.append(f"{self.fichier}:{ligne} : « if » Python dans une formule ; utiliser where/select.")
        elif isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Name) and noeud.func.id in ("max", "min"):
            self.defauts.append(f"{self.fichier}:{ligne} : {noeud.func.id}() Python dans une formule ; utiliser max_/min_.")


def controler_formules(dossier: Path = chemins.VARIABLES) -> list[str]:
    defauts = []
    for chemin in sorted(dossier.rglob("*.py")):
        visiteur = _Visiteur(str(chemin.relative_to(dossier)))
        visiteur.visit(ast.parse(chemin.read_text(encoding="utf-8")))
        defauts.extend(visiteur.defauts)
    return defauts


def controler_disposition(dossier: Path = chemins.VARIABLES) -> list[str]:
    """One variable per file, the file named after its class."""
    defauts = []
    for chemin in sorted(dossier.rglob("*.py")):
        arbre = ast.parse(chemin.read_text(encoding="utf-8"))
        variables = [
            n.name
            for n in arbre.body
            if isinstance(n, ast.ClassDef) and any(getattr(b, "id", None) == "Variable" for b in n.bases)
        ]
        if variables != [chemin.stem]:
            defauts.append(
                f"{chemin.relative_to(dossier)} : une variable par fichier, nommé comme sa classe (trouvé : {variables})."
            )
    return defauts
