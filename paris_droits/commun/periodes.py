"""Parsing of user-given periods (AAAA-MM)."""

from __future__ import annotations

import datetime
import re

from paris_droits.commun.erreurs import ErreurPeriode

_MOIS = re.compile(r"^(\d{4})-(\d{2})$")


def periode_courante() -> str:
    return datetime.date.today().strftime("%Y-%m")


def valider_mois(texte: str | None, champ: str = "periode") -> str:
    """Return 'AAAA-MM' or raise a French error naming the field."""
    if texte is None:
        return periode_courante()
    texte = str(texte).strip()
    correspondance = _MOIS.match(texte)
    if not correspondance or not 1 <= int(correspondance.group(2)) <= 12:
        raise ErreurPeriode(
            f"Le champ « {champ} » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « {texte} ».",
            champ=champ,
        )
    return texte


def mois_precedent(mois: str) -> str:
    annee, numero = (int(x) for x in mois.split("-"))
    if numero == 1:
        return f"{annee - 1}-12"
    return f"{annee}-{numero - 1:02d}"


def mois_suivant(mois: str) -> str:
    annee, numero = (int(x) for x in mois.split("-"))
    if numero == 12:
        return f"{annee + 1}-01"
    return f"{annee}-{numero + 1:02d}"
