"""French number formatting for what users read."""

from __future__ import annotations


def euros(montant: float, decimales: int = 2) -> str:
    """1234.5 → '1 234,50 €' (narrow no-break space as thousands separator)."""
    texte = f"{montant:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")
    return f"{texte} €"


def nombre(valeur: float, decimales: int = 0) -> str:
    return f"{valeur:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")


def pourcentage(taux: float, decimales: int = 1) -> str:
    return f"{nombre(100 * taux, decimales)} %"


def ligne_alignee(cellules, largeurs, a_gauche=(0,)) -> str:
    """One row of a plain-text table: columns in `a_gauche` left-aligned, the others right-aligned."""
    morceaux = [
        cellule.ljust(largeur) if rang in a_gauche else cellule.rjust(largeur)
        for rang, (cellule, largeur) in enumerate(zip(cellules, largeurs, strict=True))
    ]
    return "  ".join(morceaux).rstrip()
