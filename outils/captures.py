"""Screenshots of the bilan de droits for the README and docs, taken from the real pages.

`.venv/bin/python outils/captures.py` starts `paris-droits serve` on a free port, drives Debian's headless
Chromium (selenium, no download) through the README's example household (docs/exemples/
fiche_menage_complete.yaml, imported as a social worker would), and writes:

- docs/bilan-formulaire.png: the housing step of the form, answers filled in;
- docs/bilan-resultats.png: the top of the results page.

Run it again whenever the pages change; it lives outside the wheel, like benchmarks/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
FICHE = RACINE / "docs" / "exemples" / "fiche_menage_complete.yaml"
LARGEUR, HAUTEUR = 1000, 1357  # the README's images: one tablet-like screen
NAVIGATEUR, PILOTE = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _demarrer_serveur(port: int) -> subprocess.Popen:
    processus = subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "serve", "--port", str(port), "--processus", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    limite = time.monotonic() + 60
    while time.monotonic() < limite:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=2)
            return processus
        except OSError:
            time.sleep(0.2)
    processus.kill()
    raise SystemExit("Le serveur n'a pas démarré.")


def _navigateur(profil: str):
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = NAVIGATEUR
    for option in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                   f"--window-size={LARGEUR},{HAUTEUR}", "--lang=fr-FR", f"--user-data-dir={profil}"):
        options.add_argument(option)
    return webdriver.Chrome(service=Service(PILOTE), options=options)


def _cliquer(pilote, texte: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    ancienne = pilote.find_element(By.TAG_NAME, "html")
    pilote.find_element(By.XPATH, f"//button[normalize-space()='{texte}']").click()
    WebDriverWait(pilote, 30).until(lambda p: p.find_element(By.TAG_NAME, "html") != ancienne)


def _capturer(pilote, chemin: Path) -> None:
    pilote.set_window_size(LARGEUR, HAUTEUR)
    pilote.execute_script("window.scrollTo(0, 0)")
    pilote.save_screenshot(str(chemin))
    print(f"Capture écrite dans {chemin.relative_to(RACINE)}")


def main() -> None:
    from selenium.webdriver.common.by import By

    port = _port_libre()
    serveur = _demarrer_serveur(port)
    try:
        with tempfile.TemporaryDirectory() as profil:
            pilote = _navigateur(profil)
            try:
                pilote.get(f"http://127.0.0.1:{port}/")
                pilote.find_element(By.ID, "fichier").send_keys(str(FICHE))
                _cliquer(pilote, "Importer et voir les résultats")
                _capturer(pilote, RACINE / "docs" / "bilan-resultats.png")
                _cliquer(pilote, "Modifier les réponses")
                _cliquer(pilote, "Le logement")
                _capturer(pilote, RACINE / "docs" / "bilan-formulaire.png")
            finally:
                pilote.quit()
    finally:
        serveur.terminate()
        serveur.wait(timeout=20)


if __name__ == "__main__":
    main()
