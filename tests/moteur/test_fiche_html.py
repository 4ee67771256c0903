"""The printable "fiche de droits" renders in headless Chromium on one A4 page, with no external asset."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import paris_droits
from paris_droits.menage.situation import charger_fichier
from paris_droits.rapports.droits import page_html

FICHE = charger_fichier(Path(__file__).parents[2] / "docs" / "exemples" / "fiche_menage.yaml")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OPTIONS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
]


def test_la_page_n_appelle_aucune_ressource_externe():
    page = page_html(paris_droits.evaluer(FICHE))
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "<script" not in page


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium absent : installé par .ci/run (paquet Debian chromium)")
def test_la_fiche_de_droits_tient_sur_une_page_a4(tmp_path):
    page = tmp_path / "fiche.html"
    page.write_text(page_html(paris_droits.evaluer(FICHE)), encoding="utf-8")
    pdf = tmp_path / "fiche.pdf"
    subprocess.run(
        [CHROMIUM, *OPTIONS, f"--user-data-dir={tmp_path / 'profil'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert pages == 1
