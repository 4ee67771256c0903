"""Charts of the policy reports, drawn with matplotlib and rendered to inline SVG.

Each chart is a function that takes a pandas DataFrame (the data the report prints as a table
right under the chart) and returns a matplotlib Figure; `en_svg` renders it. The figures are
built without pyplot (no GUI backend, no global state; the Agg canvas measures text), with
DejaVu Sans, which carries French accents, and text kept as text in the SVG (`svg.fonttype:
none`), so the page stays searchable and readable by a screen reader. Rendering is
deterministic: fixed `svg.hashsalt` (one per chart, so ids never collide in a page), no date in
the metadata, no network.

Signs are the point: a saving or a loss is drawn to the left of zero, in its own colour, and
labelled with its sign (« −5,1 M€ »); winners are drawn to the right and losers to the left.
"""

from __future__ import annotations

import functools
import io
import re
import textwrap
from dataclasses import dataclass
from html import escape

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, PercentFormatter

from paris_droits.commun.format import montant_abrege, nombre

# Colours (WCAG: bars ≥ 3:1 against white, text ≥ 4.5:1; tested in tests/moteur/test_rapports_html.py).
TEXTE = "#1b1b1b"
TEXTE_SECONDAIRE = "#4a4a4a"
HAUSSE = "#1f5a96"  # a cost for the City, a gain for households, winners
BAISSE = "#b03a16"  # a saving for the City, a loss for households, losers
NEUTRE = "#2f6b3a"  # amounts that have no sign to carry (unclaimed amounts, rates)
REPERE = "#8a5a00"  # planted rate marker
GRILLE = "#d0d0d0"
LARGEUR_POUCES = 6.9  # about 175 mm: the A4 text width with the reports' margins
LARGEUR_LIBELLE = 38  # characters per line of a wrapped label

STYLE = {
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.unicode_minus": True,
    "axes.edgecolor": TEXTE_SECONDAIRE,
    "axes.labelcolor": TEXTE,
    "xtick.color": TEXTE,
    "ytick.color": TEXTE,
    "text.color": TEXTE,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
}


@dataclass
class Graphique:
    """A chart of a report: its figure, the SVG embedded in the page, and the data shown as a table."""

    identifiant: str
    titre: str
    figure: Figure
    donnees: pd.DataFrame
    svg: str = ""


def _avec_style(fonction):
    """Build the chart under the reports' style (ticks and texts read it when they are created)."""

    @functools.wraps(fonction)
    def enveloppe(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return fonction(*args, **kwargs)

    return enveloppe


def couper_libelle(texte: str, largeur: int = LARGEUR_LIBELLE) -> str:
    """Wrap a label on several lines (never cut it)."""
    return "\n".join(textwrap.wrap(texte, largeur, break_long_words=False)) or texte


def _figure(lignes: list[str], colonnes: int = 1, largeur: float = LARGEUR_POUCES) -> tuple[Figure, list]:
    """A figure whose height follows the number of label lines; axes side by side sharing the rows."""
    # Rows are evenly spaced: each gets the room of the longest label (lines of about 0.14 in at 8.5 pt).
    lignes_max = max((texte.count("\n") + 1 for texte in lignes), default=1)
    hauteur_lignes = len(lignes) * (lignes_max * 0.14 + 0.12)
    figure = Figure(figsize=(largeur, max(1.3, 0.8 + hauteur_lignes)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(1, colonnes, sharey=True, squeeze=False)[0]
    for ax in axes:
        ax.grid(axis="x", color=GRILLE, linewidth=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(axis="y", length=0)
    return figure, list(axes)


def _format_montant(valeur, _position=None) -> str:
    return montant_abrege(valeur, decimales=2)


def _format_effectif(valeur, _position=None) -> str:
    """Counts on a diverging axis: losers to the left, read as counts (no sign)."""
    return nombre(abs(valeur))


def _etiquettes(ax, positions, valeurs, textes, bornes_hautes=None, bornes_basses=None) -> None:
    """Value labels beyond the end of each bar (and of its error bar): right of a positive one, left of a negative one."""
    for rang, (y, valeur, texte) in enumerate(zip(positions, valeurs, textes, strict=True)):
        negatif = valeur < 0
        bout = valeur
        if negatif and bornes_basses is not None and np.isfinite(bornes_basses[rang]):
            bout = min(valeur, bornes_basses[rang])
        elif not negatif and bornes_hautes is not None and np.isfinite(bornes_hautes[rang]):
            bout = max(valeur, bornes_hautes[rang])
        ax.annotate(
            texte, xy=(bout, y), xytext=(-4 if negatif else 4, 0), textcoords="offset points",
            ha="right" if negatif else "left", va="center", fontsize=7.5, color=TEXTE, annotation_clip=False,
        )


def _marges_symetriques(ax, valeurs: np.ndarray, part: float = 0.32) -> None:
    """Room for the labels on each side that has bars; zero always shown. With nothing but zeros (or no
    row), a single « 0 » tick: never an axis of made-up amounts such as « 1 €, 1 €, 0 € »."""
    valeurs = np.asarray(valeurs, dtype=np.float64)
    valeurs = valeurs[np.isfinite(valeurs)]
    if not (np.abs(valeurs) >= 0.5).any():
        ax.set_xlim(-1, 1)
        ax.xaxis.set_major_locator(FixedLocator([0]))
        return
    bas, haut = float(min(0.0, valeurs.min())), float(max(0.0, valeurs.max()))
    etendue = haut - bas
    ax.set_xlim(bas - (part * etendue if bas < 0 else 0), haut + (part * etendue if haut > 0 else 0.05 * etendue))


@_avec_style
def barres_signees(donnees: pd.DataFrame, titre_axe: str = "Euros par an", signe: bool = True) -> Figure:
    """Horizontal bars of signed yearly amounts.

    `donnees`: columns `libelle`, `valeur` (€ per year, negative for a saving or a loss) and optionally
    `ic_bas`, `ic_haut` (95 % interval, drawn as error bars). Positive bars in HAUSSE, negative ones
    in BAISSE to the left of zero, each labelled with its sign (« +1,6 M€ », « −5,1 M€ »); with
    `signe=False` (amounts that are never negative) the bars are NEUTRE and unsigned.
    """
    libelles = [couper_libelle(t) for t in donnees["libelle"]]
    figure, (ax,) = _figure(libelles)
    valeurs = donnees["valeur"].to_numpy(dtype=np.float64)
    positions = np.arange(len(valeurs))
    couleurs = [NEUTRE if not signe else (BAISSE if v < 0 else HAUSSE) for v in valeurs]
    ax.barh(positions, valeurs, color=couleurs, height=0.62)
    bas = haut = None
    if {"ic_bas", "ic_haut"} <= set(donnees.columns):
        bas = donnees["ic_bas"].to_numpy(dtype=np.float64)
        haut = donnees["ic_haut"].to_numpy(dtype=np.float64)
        connus = np.isfinite(bas) & np.isfinite(haut)
        ecarts = np.vstack([np.where(connus, valeurs - bas, 0.0), np.where(connus, haut - valeurs, 0.0)]).clip(min=0)
        ax.errorbar(valeurs, positions, xerr=ecarts, fmt="none", ecolor=TEXTE, elinewidth=0.9, capsize=2.5)
    _etiquettes(ax, positions, valeurs, [montant_abrege(v, signe=signe) for v in valeurs], haut, bas)
    ax.set_yticks(positions, libelles)
    ax.invert_yaxis()
    ax.axvline(0, color=TEXTE, linewidth=0.9)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=7, steps=[1, 2, 2.5, 5, 10], integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(_format_montant))
    _marges_symetriques(ax, np.concatenate([valeurs, *(a[np.isfinite(a)] for a in (bas, haut) if a is not None)]))
    ax.set_xlabel(titre_axe)
    return figure


@_avec_style
def gagnants_perdants(donnees: pd.DataFrame, titre_variation: str = "Variation annuelle des droits") -> Figure:
    """Winners and losers per group, beside the net yearly change of entitlements.

    `donnees`: columns `libelle`, `gagnants`, `perdants` (weighted households, both ≥ 0) and
    `variation` (€ per year). Left axes: winners to the right of zero (HAUSSE), losers to the left
    (BAISSE, plotted as −perdants). Right axes: the net change, signed as in `barres_signees`.
    """
    libelles = [couper_libelle(t, 30) for t in donnees["libelle"]]
    figure, (gauche, droite) = _figure(libelles, colonnes=2)
    positions = np.arange(len(libelles))
    gagnants = donnees["gagnants"].to_numpy(dtype=np.float64)
    perdants = donnees["perdants"].to_numpy(dtype=np.float64)
    gauche.barh(positions, gagnants, color=HAUSSE, height=0.62, label="Gagnants")
    gauche.barh(positions, -perdants, color=BAISSE, height=0.62, label="Perdants")
    _etiquettes(gauche, positions, gagnants, [nombre(v) if v else "" for v in gagnants])
    _etiquettes(gauche, positions, -perdants, [nombre(v) if v else "" for v in perdants])
    gauche.axvline(0, color=TEXTE, linewidth=0.9)
    gauche.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], integer=True))
    gauche.xaxis.set_major_formatter(FuncFormatter(_format_effectif))
    _marges_symetriques(gauche, np.concatenate([gagnants, -perdants]), part=0.45)
    gauche.set_xlabel("← ménages perdants | ménages gagnants →")
    gauche.legend(handles=[Patch(color=BAISSE, label="Perdants"), Patch(color=HAUSSE, label="Gagnants")],
                  loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=7.5, frameon=False)
    variation = donnees["variation"].to_numpy(dtype=np.float64)
    droite.barh(positions, variation, color=[BAISSE if v < 0 else HAUSSE for v in variation], height=0.62)
    _etiquettes(droite, positions, variation, [montant_abrege(v, signe=True) if abs(v) >= 0.5 else "" for v in variation])
    droite.axvline(0, color=TEXTE, linewidth=0.9)
    droite.xaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10], integer=True))
    droite.xaxis.set_major_formatter(FuncFormatter(_format_montant))
    _marges_symetriques(droite, variation, part=0.55)
    droite.set_xlabel(titre_variation)
    gauche.set_yticks(positions, libelles)
    gauche.invert_yaxis()
    return figure


@_avec_style
def taux_avec_intervalle(donnees: pd.DataFrame) -> Figure:
    """Non-take-up rate per aid (0 to 100 %) with its 95 % interval and, on a synthetic sample, the planted rate.

    `donnees`: columns `libelle`, `taux`, `ic_bas`, `ic_haut` (between 0 and 1), `insuffisant` (fewer
    than 30 eligible sampled households: hatched bar) and optionally `taux_plante` (diamond).
    """
    libelles = [couper_libelle(t) for t in donnees["libelle"]]
    figure, (ax,) = _figure(libelles)
    positions = np.arange(len(libelles))
    taux = donnees["taux"].to_numpy(dtype=np.float64)
    insuffisant = donnees["insuffisant"].to_numpy(dtype=bool)
    barres = ax.barh(positions, taux, color=NEUTRE, height=0.62)
    for barre, faible in zip(barres, insuffisant, strict=True):
        if faible:
            barre.set_facecolor("white")
            barre.set_edgecolor(NEUTRE)
            barre.set_hatch("////")
    bas, haut = donnees["ic_bas"].to_numpy(dtype=np.float64), donnees["ic_haut"].to_numpy(dtype=np.float64)
    connus = np.isfinite(bas) & np.isfinite(haut)
    ecarts = np.vstack([np.where(connus, taux - bas, 0.0), np.where(connus, haut - taux, 0.0)]).clip(min=0)
    ax.errorbar(taux, positions, xerr=ecarts, fmt="none", ecolor=TEXTE, elinewidth=0.9, capsize=2.5)
    legende = [Patch(color=NEUTRE, label="Taux estimé"),
               Patch(facecolor="white", edgecolor=NEUTRE, hatch="////", label="Moins de 30 ménages éligibles")]
    if "taux_plante" in donnees.columns and donnees["taux_plante"].notna().any():
        plante = donnees["taux_plante"].to_numpy(dtype=np.float64)
        ax.scatter(plante, positions, marker="D", s=22, color=REPERE, zorder=3, label="Taux planté")
        legende.append(ax.collections[-1])
    textes = [("" if not np.isfinite(t) else f"{nombre(100 * t, 1)} %") + (" *" if f else "") for t, f in zip(taux, insuffisant, strict=True)]
    _etiquettes(ax, positions, np.nan_to_num(taux), textes, np.where(connus, haut, np.nan))
    ax.set_yticks(positions, libelles)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0, symbol="\u202f%"))
    ax.set_xlabel("Part des ménages éligibles qui ne perçoivent pas l'aide")
    figure.legend(handles=legende, loc="outside lower center", ncols=len(legende), fontsize=7, frameon=False)
    return figure


def _attributs(declarations: str) -> str:
    """« fill: #1f5a96; stroke-width: 0.8 » → ' fill="#1f5a96" stroke-width="0.8"' (SVG presentation attributes)."""
    paires = (d.split(":", 1) for d in declarations.split(";") if ":" in d)
    return "".join(f' {nom.strip()}="{valeur.strip()}"' for nom, valeur in paires)


def sans_style_en_ligne(svg: str) -> str:
    """The SVG without CSS: matplotlib writes every colour, width and font as a `style` attribute and adds a
    `<style>` element, which a strict Content-Security-Policy (`style-src 'self'`, the web pages') blocks,
    leaving black shapes. Every property it writes is also an SVG presentation attribute: each declaration
    becomes one, and the `<style>` rule for every element (`*{…}`) goes on the root, inherited."""
    regle = re.search(r"<style[^>]*>\s*\*\s*\{([^}]*)\}\s*</style>", svg)
    svg = re.sub(r"\s*<style[^>]*>.*?</style>", "", svg, flags=re.DOTALL)
    svg = re.sub(r"\s*<defs>\s*</defs>", "", svg)
    if regle:
        svg = svg.replace("<svg ", "<svg" + _attributs(regle.group(1)) + " ", 1)
    return re.sub(r' style="([^"]*)"', lambda m: _attributs(m.group(1)), svg)


def en_svg(figure: Figure, identifiant: str, titre: str) -> str:
    """The figure as an SVG element to inline in an HTML page: deterministic, text as text, with an accessible
    title, without CSS (sans_style_en_ligne)."""
    tampon = io.StringIO()
    with matplotlib.rc_context({**STYLE, "svg.hashsalt": f"paris-droits-{identifiant}"}):
        figure.savefig(tampon, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = tampon.getvalue()
    svg = svg[svg.index("<svg"):]  # no XML declaration nor DOCTYPE inside HTML
    svg = svg.replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "", 1)  # the HTML parser knows xlink:href
    # matplotlib numbers its groups the same way in every figure (figure_1, axes_1…): prefix every id and
    # every reference to it, so that several charts live in one page without an id collision.
    svg = re.sub(r'(\sid="|url\(#|href="#)', lambda m: f"{m.group(1)}{identifiant}-", svg)
    svg = sans_style_en_ligne(svg)
    svg = re.sub(r"<svg ", f'<svg role="img" aria-labelledby="titre-{identifiant}" class="graphique" ', svg, count=1)
    ouverture = svg.index(">") + 1
    return svg[:ouverture] + f'<title id="titre-{identifiant}">{escape(titre)}</title>' + svg[ouverture:].rstrip() + "\n"


def graphique(identifiant: str, titre: str, figure: Figure, donnees: pd.DataFrame) -> Graphique:
    """A chart ready for a report: the figure, its SVG and its data."""
    return Graphique(identifiant, titre, figure, donnees, en_svg(figure, identifiant, titre))


MARQUEURS = ("o", "s", "^", "D", "v", "P", "X")
TRAITS = ("-", "--", ":", "-.")


@_avec_style
def cout_selon_valeur(donnees: pd.DataFrame, titre_x: str, titre_y: str = "Coût annuel (euros par an)") -> Figure:
    """A reform grid's yearly cost against the swept value, one line per value of a second parameter.

    `donnees`: columns `x` (position on the axis), `etiquette_x` (the value as the table prints it),
    `serie` (the second parameter's value, "" when there is one parameter), `cout` (€ per year,
    negative for a saving) and `ic_bas`, `ic_haut` (95 % interval, error bars). Each point is marked
    in HAUSSE (a cost) or BAISSE (a saving, below zero); series differ by marker and line style too.
    """
    figure = Figure(figsize=(LARGEUR_POUCES, 3.2), layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.subplots()
    ax.grid(axis="y", color=GRILLE, linewidth=0.6)
    ax.set_axisbelow(True)
    series = list(dict.fromkeys(donnees["serie"]))
    legende = []
    for rang, serie in enumerate(series):
        points = donnees[donnees["serie"] == serie]
        x, cout = points["x"].to_numpy(dtype=np.float64), points["cout"].to_numpy(dtype=np.float64)
        bas, haut = points["ic_bas"].to_numpy(dtype=np.float64), points["ic_haut"].to_numpy(dtype=np.float64)
        connus = np.isfinite(bas) & np.isfinite(haut)
        ecarts = np.vstack([np.where(connus, cout - bas, 0.0), np.where(connus, haut - cout, 0.0)]).clip(min=0)
        trait, marqueur = TRAITS[rang % len(TRAITS)], MARQUEURS[rang % len(MARQUEURS)]
        ax.plot(x, cout, color=TEXTE_SECONDAIRE, linestyle=trait, linewidth=1.1)
        legende.append(Line2D([], [], color=TEXTE_SECONDAIRE, linestyle=trait, marker=marqueur, markerfacecolor=TEXTE, label=serie))
        ax.errorbar(x, cout, yerr=ecarts, fmt="none", ecolor=TEXTE, elinewidth=0.8, capsize=2.5)
        ax.scatter(x, cout, c=[BAISSE if v < 0 else HAUSSE for v in cout], marker=marqueur, s=26, zorder=3)
    ax.axhline(0, color=TEXTE, linewidth=0.9)
    positions = list(dict.fromkeys(donnees["x"]))
    etiquettes = list(dict.fromkeys(donnees["etiquette_x"]))
    ax.set_xticks(positions, etiquettes, rotation=0 if len(positions) <= 12 else 45, ha="center" if len(positions) <= 12 else "right")
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: montant_abrege(v, signe=True, decimales=2)))
    ax.set_xlabel(titre_x)
    ax.set_ylabel(titre_y)
    if len(series) > 1:
        ax.legend(handles=legende, fontsize=7.5, frameon=False, ncols=min(4, len(series)), loc="best")
    return figure
