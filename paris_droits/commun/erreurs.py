"""Error classes: one French sentence naming the field (and the row, in batch).

The CLI prints the message and exits with code 2; the Web API answers 400.
"""

from __future__ import annotations

import difflib


class ErreurParisDroits(Exception):
    """Base class: carries a complete French sentence for the user."""

    code_sortie = 2

    def __init__(self, message: str, champ: str | None = None, ligne: int | None = None, fichier: str | None = None):
        super().__init__(message)
        self.message = message
        self.champ = champ
        self.ligne = ligne
        self.fichier = fichier

    def __str__(self) -> str:
        return self.message

    def en_dict(self) -> dict:
        corps = {"erreur": self.message}
        for cle in ("champ", "ligne", "fichier"):
            valeur = getattr(self, cle)
            if valeur is not None:
                corps[cle] = valeur
        return corps


class ErreurEntree(ErreurParisDroits):
    """The user's input (situation, fiche, sample, option) is invalid."""


class ErreurPeriode(ErreurEntree):
    """A period is malformed."""


def proche(nom: str, possibles) -> str | None:
    """The closest known name to a misspelt one, or None."""
    proches = difflib.get_close_matches(str(nom), [str(p) for p in possibles], n=1)
    return proches[0] if proches else None


def suggestion(nom: str, possibles) -> str:
    """' Vouliez-vous dire « x » ?' after a sentence about an unknown name, or nothing."""
    trouve = proche(nom, possibles)
    return f" Vouliez-vous dire « {trouve} » ?" if trouve else ""
