"""A small reader of the pages' HTML forms for the Flask test client: what a browser would submit
(hidden fields, text values, checked boxes and radios, selected options), and the results' data attributes."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _Lecteur(HTMLParser):
    def __init__(self, identifiant: str | None):
        super().__init__(convert_charrefs=True)
        self.identifiant = identifiant
        self.dans = False
        self.action = None
        self.champs: list[tuple[str, str]] = []
        self.select: str | None = None
        self.options: list[tuple[str, bool]] = []
        self.aides: dict[str, dict] = {}
        self.labels: dict[str, str] = {}
        self._label: str | None = None
        self._texte: list[str] = []

    def handle_starttag(self, balise, attributs):
        a = dict(attributs)
        if balise == "article" and "data-aide" in a:
            self.aides[a["data-aide"]] = {"statut": a["data-statut"], "montant": float(a["data-montant"])}
        if balise == "label" and a.get("for"):
            self._label, self._texte = a["for"], []
        if balise == "form" and (self.identifiant is None or a.get("id") == self.identifiant) and self.action is None:
            self.dans, self.action = True, a.get("action")
        if not self.dans:
            return
        if balise == "input" and a.get("name") and a.get("type") not in ("submit", "file"):
            if a.get("type") in ("radio", "checkbox"):
                if "checked" in a:
                    self.champs.append((a["name"], a.get("value", "on")))
            else:
                self.champs.append((a["name"], a.get("value", "")))
        elif balise == "select":
            self.select, self.options = a.get("name"), []
        elif balise == "option" and self.select:
            self.options.append((a.get("value", ""), "selected" in a))

    def handle_data(self, donnees):
        if self._label is not None:
            self._texte.append(donnees)

    def handle_endtag(self, balise):
        if balise == "label" and self._label is not None:
            self.labels[" ".join("".join(self._texte).split())] = self._label
            self._label = None
        if balise == "select" and self.select:
            choisie = next((v for v, s in self.options if s), self.options[0][0] if self.options else "")
            self.champs.append((self.select, choisie))
            self.select = None
        if balise == "form" and self.dans:
            self.dans = False


def lire(page: str, identifiant: str | None = None) -> _Lecteur:
    lecteur = _Lecteur(identifiant)
    lecteur.feed(page)
    return lecteur


def soumettre(client, page: str, valeurs: dict | None = None, action: str = "suivant", identifiant: str = "bilan", chemin=None):
    """Submit the page's form as a browser would, with `valeurs` replacing fields (a list value: several)."""
    lecteur = lire(page, identifiant)
    champs = [(n, v) for n, v in lecteur.champs if n not in (valeurs or {})]
    for nom, valeur in (valeurs or {}).items():
        for v in valeur if isinstance(valeur, list) else [valeur]:
            if v is not None:
                champs.append((nom, v))
    donnees: dict[str, list[str]] = {}
    for nom, valeur in champs:
        donnees.setdefault(nom, []).append(valeur)
    if action:
        donnees["action"] = [action]
    return client.post(chemin or lecteur.action, data=donnees)


def aides(page: str) -> dict[str, dict]:
    return lire(page).aides


def titre(page: str) -> str:
    trouve = re.search(r"<h1>(.*?)</h1>", page, re.S)
    return re.sub(r"<[^>]+>", " ", trouve.group(1)).split() and " ".join(re.sub(r"<[^>]+>", " ", trouve.group(1)).split())
