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


SEPARATEUR_PLAGE = ".."
MOIS_MAX = 120  # months computed by one run (ten years)


def est_une_plage(texte: str | None) -> bool:
    """`2025-01..2025-12` rather than one month."""
    return texte is not None and SEPARATEUR_PLAGE in str(texte)


def lire_periodes(texte: str, champ: str = "periode") -> list[str]:
    """'AAAA-MM' or 'AAAA-MM..AAAA-MM' (both ends included) → the months, in order; a French error otherwise."""
    texte = str(texte).strip()
    if not est_une_plage(texte):
        return [valider_mois(texte, champ)]
    morceaux = texte.split(SEPARATEUR_PLAGE)
    if len(morceaux) != 2:
        raise ErreurPeriode(
            f"Le champ « {champ} » doit être un mois AAAA-MM ou une plage AAAA-MM..AAAA-MM (par exemple 2025-01..2025-12), "
            f"pas « {texte} ».",
            champ=champ,
        )
    premier, dernier = (valider_mois(m.strip(), champ) for m in morceaux)
    if dernier < premier:
        raise ErreurPeriode(
            f"Le champ « {champ} » va de {premier} à {dernier} : le premier mois doit précéder le dernier.", champ=champ
        )
    mois = [premier]
    while mois[-1] != dernier:
        mois.append(mois_suivant(mois[-1]))
        if len(mois) > MOIS_MAX:
            raise ErreurPeriode(
                f"Le champ « {champ} » couvre plus de {MOIS_MAX} mois ({premier} à {dernier}), la limite d'un calcul.", champ=champ
            )
    return mois
