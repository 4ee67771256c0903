"""HTML pages and charts: readable contrast (WCAG), A4 print layout, autoescaping, deterministic SVG charts."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from paris_droits import reformes
from paris_droits.rapports import graphiques, pages
from paris_droits.rapports import reforme as rapport_reforme

GABARITS = Path(pages.__file__).parent / "gabarits"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OPTIONS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
]
A4_POINTS = (595.28, 841.89)


def _luminance(couleur: str) -> float:
    """WCAG 2.x relative luminance of #rgb or #rrggbb."""
    couleur = couleur.lstrip("#")
    if len(couleur) == 3:
        couleur = "".join(c * 2 for c in couleur)
    canaux = [int(couleur[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lineaires = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in canaux]
    return 0.2126 * lineaires[0] + 0.7152 * lineaires[1] + 0.0722 * lineaires[2]


def contraste(texte: str, fond: str) -> float:
    clair, sombre = sorted((_luminance(texte), _luminance(fond)), reverse=True)
    return (clair + 0.05) / (sombre + 0.05)


def couleurs_css(css: str) -> tuple[set[str], set[str]]:
    """(text colours, background colours) declared in a stylesheet."""
    textes = set(re.findall(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6})\b", css))
    fonds = set(re.findall(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6})\b", css)) | {"#ffffff"}
    return textes, fonds


def paires_insuffisantes(css: str, minimum: float = 4.5) -> list[tuple[str, str, float]]:
    """Every text colour against every background of the stylesheet (and white): pairs below `minimum`."""
    textes, fonds = couleurs_css(css)
    return [(t, f, round(contraste(t, f), 2)) for t in sorted(textes) for f in sorted(fonds) if contraste(t, f) < minimum]


def _css_des_gabarits() -> str:
    """Every stylesheet of the pages: the shared files (styles/, also served to the web pages) and the blocks of the templates."""
    blocs = [
        bloc for fichier in GABARITS.glob("*.html") for bloc in re.findall(r"<style>(.*?)</style>|{% block style %}(.*?){% endblock %}",
                                                                             fichier.read_text(encoding="utf-8"), re.S)
        for bloc in bloc if bloc
    ]
    return "\n".join([*blocs, *(f.read_text(encoding="utf-8") for f in sorted((GABARITS / "styles").glob("*.css")))])


def test_le_calcul_de_contraste_suit_les_valeurs_de_reference_du_wcag():
    assert contraste("#000000", "#ffffff") == pytest.approx(21)
    assert contraste("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the palest grey that passes on white
    assert contraste("#888888", "#ffffff") == pytest.approx(3.54, abs=0.01)


def test_chaque_couleur_de_texte_des_pages_atteint_4_5_contre_chaque_fond():
    css = _css_des_gabarits()
    textes, fonds = couleurs_css(css)
    assert len(textes) >= 5 and len(fonds) >= 4  # the check reads the real stylesheets
    assert paires_insuffisantes(css) == []


def test_une_ligne_pale_comme_l_ancien_rapport_serait_refusee():
    assert paires_insuffisantes("tr.faible td{color:#888}") == [("#888", "#ffffff", 3.54)]
    # A grey that passes on white fails on a tinted header background.
    assert paires_insuffisantes("th{background:#f3f3f3} p{color:#767676}") == [("#767676", "#f3f3f3", 4.09)]


def test_les_textes_des_graphiques_atteignent_4_5_et_les_barres_3_contre_le_blanc():
    for couleur in (graphiques.TEXTE, graphiques.TEXTE_SECONDAIRE, graphiques.STYLE["xtick.color"], graphiques.STYLE["text.color"]):
        assert contraste(couleur, "#ffffff") >= 4.5, couleur
    for couleur in (graphiques.HAUSSE, graphiques.BAISSE, graphiques.NEUTRE, graphiques.REPERE):
        assert contraste(couleur, "#ffffff") >= 3, couleur  # WCAG 1.4.11, graphical objects


def test_le_gabarit_de_base_met_en_page_sur_a4_avec_des_sauts_de_page():
    base = (GABARITS / "base.html").read_text(encoding="utf-8")
    assert '{% include "styles/commun.css" %}' in base
    base += (GABARITS / "styles" / "commun.css").read_text(encoding="utf-8")
    assert re.search(r"@page\s*{\s*size:\s*A4;\s*margin:", base)
    assert "break-inside: avoid" in base and "break-after: avoid" in base
    for gabarit in ("fiche_droits.html", "rapport_reforme.html", "rapport_non_recours.html"):
        assert (GABARITS / gabarit).read_text(encoding="utf-8").startswith('{% extends "base.html" %}')


@pytest.fixture(scope="module")
def comparaison():
    return reformes.comparer(["plafond_plfm_abaisse.yaml"], par=("qpv", "decile_niveau_de_vie"), replicats=50)


def test_l_echappement_automatique_protege_la_page_d_un_libelle_hostile(comparaison):
    hostile = dataclasses.replace(comparaison, libelle="<script>alert('x')</script>")
    page = rapport_reforme.html_rapport(hostile)
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.fixture(scope="module")
def page_reforme(comparaison):
    return rapport_reforme.html_rapport(comparaison)


@pytest.fixture(scope="module")
def sections_reforme(comparaison):
    return rapport_reforme.graphiques_rapport(comparaison)


def test_les_graphiques_sont_du_svg_deterministe_dont_le_texte_reste_du_texte(comparaison, page_reforme, sections_reforme):
    page = page_reforme
    assert page == rapport_reforme.html_rapport(comparaison)
    svgs = re.findall(r"<svg .*?</svg>", page, re.S)
    assert len(svgs) == len(sections_reforme)
    for svg in svgs:
        assert "<text" in svg and "DejaVu Sans" in svg and 'role="img"' in svg and "<title id=" in svg
        assert "<dc:date>" not in svg and "<metadata>" not in svg
    identifiants = re.findall(r'\sid="([^"]+)"', page)
    assert len(identifiants) == len(set(identifiants))  # one hash salt per chart: no id collides in the page


def test_les_graphiques_n_ont_aucun_css_en_ligne_que_bloquerait_la_politique_de_contenu(sections_reforme):
    """The web pages forbid inline CSS (style-src 'self'): the charts carry SVG presentation attributes instead,
    the same colours as matplotlib's `style` attributes."""
    svg = sections_reforme[1][0].svg
    assert " style=" not in svg and "<style" not in svg
    assert f'fill="{graphiques.BAISSE}"' in svg and 'font-family="\'DejaVu Sans\'"' in svg
    assert svg.startswith('<svg role="img" aria-labelledby="titre-aides" class="graphique" stroke-linejoin="round" stroke-linecap="butt" ')
    assert graphiques.sans_style_en_ligne('<svg x="1"><defs><style>*{a: b}</style></defs><path style="fill: #fff; stroke-width: 0.8"/></svg>') \
        == '<svg a="b" x="1"><path fill="#fff" stroke-width="0.8"/></svg>'


def test_un_graphique_prend_un_dataframe_et_ses_barres_portent_ses_valeurs():
    donnees = pd.DataFrame({"libelle": ["Une économie", "Un coût"], "valeur": [-200_000.0, 1_500_000.0]})
    figure = graphiques.barres_signees(donnees)
    ax = figure.axes[0]
    assert [barre.get_width() for barre in ax.patches] == [-200_000.0, 1_500_000.0]
    assert [t.get_text() for t in ax.texts] == ["−200 k€", "+1,5 M€"]
    figure.canvas.draw()
    graduations = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "0 €" in graduations and all(re.fullmatch(r"−?\d+(,\d+)? [kM]?€", g) for g in graduations), graduations


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium absent : installé par .ci/run (paquet Debian chromium)")
def test_le_rapport_s_imprime_sur_des_pages_a4(page_reforme, tmp_path):
    page = tmp_path / "rapport.html"
    page.write_text(page_reforme, encoding="utf-8")
    pdf = tmp_path / "rapport.pdf"
    subprocess.run(
        [CHROMIUM, *OPTIONS, f"--user-data-dir={tmp_path / 'profil'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    boites = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert len(boites) >= 2
    for largeur, hauteur in boites:
        assert (float(largeur), float(hauteur)) == pytest.approx(A4_POINTS, abs=1.5)


def test_sans_rien_a_tracer_l_axe_n_invente_pas_de_montants():
    for donnees in (pd.DataFrame({"libelle": ["Rien ne change"], "valeur": [0.0]}), pd.DataFrame({"libelle": [], "valeur": []})):
        figure = graphiques.barres_signees(donnees)
        figure.canvas.draw()
        assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["0 €"]
    petites = graphiques.barres_signees(pd.DataFrame({"libelle": ["Trois euros"], "valeur": [3.0]}))
    petites.canvas.draw()
    graduations = [t.get_text() for t in petites.axes[0].get_xticklabels()]
    assert len(graduations) == len(set(graduations))  # integer ticks: no « 0 €, 0 €, 1 € »
