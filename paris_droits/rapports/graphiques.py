"""Shared pieces of the policy reports: short money labels, the report style, hand-written SVG
bar charts (no external asset, no network) and atomic HTML writing."""

from __future__ import annotations

import html
from pathlib import Path

from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.commun.format import euros, nombre

LARGEUR_LIBELLE = 48


def montant_court(valeur: float) -> str:
    """Yearly amounts: « 19,3 M€ » above a million, « 312 400 € » below."""
    if abs(valeur) >= 1e6:
        return f"{nombre(valeur / 1e6, 1)} M€"
    return euros(valeur, 0)


def couper(texte: str, largeur: int = LARGEUR_LIBELLE) -> str:
    return texte if len(texte) <= largeur else texte[: largeur - 1] + "…"


STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1d1d1b;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #e6e6e6}
p.note,li{color:#444;font-size:.92rem;line-height:1.45}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.6rem 0}
th,td{padding:.3rem .5rem;border-bottom:1px solid #e3e3e3;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left;white-space:normal}
th{background:#f3f3f3}tr.faible td{color:#888}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
"""


def barres_verticales(valeurs: list[tuple[str, float]], titre: str) -> str:
    """Vertical bars of yearly amounts (€) with labels under each bar."""
    largeur_barre, ecart, marge_g, haut, hauteur_graphe = 34, 10, 70, 20, 260
    largeur = marge_g + len(valeurs) * (largeur_barre + ecart) + 20
    maximum = max([v for _, v in valeurs] + [1.0])
    echelle = hauteur_graphe / maximum
    morceaux = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{largeur}" height="{haut + hauteur_graphe + 90}" role="img" '
                f'aria-label="{html.escape(titre)}">']
    for i in range(5):
        valeur = maximum * i / 4
        y = haut + hauteur_graphe - valeur * echelle
        morceaux.append(f'<line x1="{marge_g}" y1="{y:.1f}" x2="{largeur - 10}" y2="{y:.1f}" stroke="#e0e0e0"/>')
        morceaux.append(f'<text x="{marge_g - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" fill="#555">'
                        f"{html.escape(montant_court(valeur))}</text>")
    for i, (libelle, valeur) in enumerate(valeurs):
        x = marge_g + i * (largeur_barre + ecart) + ecart / 2
        h = valeur * echelle
        y = haut + hauteur_graphe - h
        morceaux.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{largeur_barre}" height="{h:.1f}" fill="#c8553d">'
                        f"<title>{html.escape(libelle)} : {html.escape(montant_court(valeur))} par an</title></rect>")
        court = html.escape(libelle.replace(" arrondissement", ""))
        bx, by = x + largeur_barre / 2, haut + hauteur_graphe + 12
        morceaux.append(f'<text x="{bx:.1f}" y="{by:.1f}" font-size="11" text-anchor="end" '
                        f'transform="rotate(-45 {bx:.1f} {by:.1f})">{court}</text>')
    morceaux.append("</svg>")
    return "".join(morceaux)


def barres_horizontales(valeurs: list[tuple[str, float]], titre: str) -> str:
    """Horizontal bars of yearly amounts (€), labels on the left."""
    marge_g, largeur_barres, hauteur_ligne, haut = 330, 480, 24, 10
    hauteur = haut + hauteur_ligne * len(valeurs) + 30
    maximum = max([v for _, v in valeurs] + [1.0])
    morceaux = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{marge_g + largeur_barres + 110}" height="{hauteur}" role="img" '
                f'aria-label="{html.escape(titre)}">']
    for i, (libelle, valeur) in enumerate(valeurs):
        y = haut + i * hauteur_ligne
        largeur = largeur_barres * valeur / maximum
        morceaux.append(f'<text x="{marge_g - 8}" y="{y + 14}" font-size="12" text-anchor="end">{html.escape(couper(libelle, 48))}</text>')
        morceaux.append(f'<rect x="{marge_g}" y="{y + 3}" width="{largeur:.1f}" height="15" fill="#c8553d">'
                        f"<title>{html.escape(libelle)} : {html.escape(montant_court(valeur))} par an</title></rect>")
        morceaux.append(f'<text x="{marge_g + largeur + 6:.1f}" y="{y + 14}" font-size="11" fill="#333">{html.escape(montant_court(valeur))}</text>')
    morceaux.append("</svg>")
    return "".join(morceaux)


def ecrire_html(contenu: str, chemin: str | Path) -> Path:
    """Write the report atomically; the directory is created if needed."""
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    return ecrire_texte(chemin, contenu)
