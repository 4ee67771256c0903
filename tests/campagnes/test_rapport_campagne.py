"""The bilan for people: the text and the printable page (one A4 page in headless Chromium, no external asset,
one interval per aid in the chart), and every JSON key documented in docs/campagnes.md."""

from __future__ import annotations

import datetime
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from simulation import issues_simulees

from paris_droits.campagnes import bilan, creation, export, resultats
from paris_droits.rapports import campagne as rapport

RACINE = Path(__file__).parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def resultat(tmp_path_factory, analyse):
    from paris_droits.campagnes.base import ouvrir

    dossier = tmp_path_factory.mktemp("rapport")
    with ouvrir(str(dossier / "b.sqlite")) as base:
        creation.creer(base, "essai", analyse=analyse, graine=8)
        fichier = dossier / "issues.csv"
        issues_simulees(export.liste(base, "essai", avec_temoins=True), datetime.date(2026, 11, 1), graine=8).to_csv(fichier, index=False)
        resultats.importer(base, "essai", fichier)
        return bilan.calculer(base, "essai", cout_contact=12)


def test_le_texte_donne_une_ligne_par_aide_puis_l_ensemble_les_motifs_et_le_cout(resultat):
    texte = rapport.texte(resultat)
    lignes = texte.splitlines()
    assert lignes[0] == "Campagne « essai » : liste d'aller-vers de 2026-11, issues admises du 01/11/2026 au 31/10/2027"
    ensemble = next(ligne for ligne in lignes if ligne.startswith("Ensemble (stratifié par aide)"))
    assert rapport.points(resultat.ensemble.effet) in ensemble and rapport.intervalle_points(resultat.ensemble.ic95) in ensemble
    assert sum(1 for ligne in lignes if ligne.startswith(tuple(libelle[:20] for libelle in resultat.libelles.values()))) == len(resultat.par_aide)
    assert "Motifs de non-recours recueillis : non-connaissance" in texte
    assert "Coût : 12,00 € par ménage contacté" in texte


def test_la_page_porte_un_intervalle_par_aide_et_n_appelle_rien_au_dehors(resultat):
    page = rapport.html(resultat)
    avec_effet = [ligne for ligne in resultat.par_aide.values() if ligne.effet is not None]
    svg = page[page.index("<svg"):page.index("</svg>")]
    # One label per aid with an effect, plus the overall one, as text in the SVG (matplotlib escapes it).
    etiquettes = [html.unescape(e) for e in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
    attendues = [resultat.libelles[s] for s, ligne in resultat.par_aide.items() if ligne.effet is not None]
    assert [e for e in etiquettes if not re.fullmatch(r"[−\d]+", e) and not e.startswith("Effet sur")] == [*attendues, "Ensemble (stratifié par aide)"]
    assert len(attendues) == len(avec_effet)
    assert not re.search(r"(src|href)=\"(https?:)?//", page) and "<script" not in page and "@import" not in page
    assert rapport.html(resultat) == page  # deterministic


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium absent : installé par .ci/run (paquet Debian chromium)")
def test_le_bilan_tient_sur_une_page_a4(resultat, tmp_path):
    page = tmp_path / "bilan.html"
    page.write_text(rapport.html(resultat), encoding="utf-8")
    pdf = tmp_path / "bilan.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profil'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) == 1
    assert len(resultat.par_aide) >= 15  # nearly every aid of the catalogue: the longest bilan


def test_chaque_cle_du_json_est_documentee(resultat):
    guide = (RACINE / "docs" / "campagnes.md").read_text(encoding="utf-8")
    donnees = resultat.en_dict()
    cles = set(donnees) | set(donnees["campagne"]) | set(donnees["ensemble"])
    manquantes = sorted(cle for cle in cles if f"`{cle}`" not in guide)
    assert manquantes == []
