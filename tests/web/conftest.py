"""The browser tests' server and browser (tests/web/test_navigateur.py, test_navigateur_reformes.py): one of each
for the whole session, shared by the two modules on one xdist worker (group « navigateur », `--dist loadgroup`).

The server is `python -m paris_droits serve` over real HTTP, its stderr in a file and its temporary files in a
folder of its own (tests check that nothing of a household stays there). The browser is Debian's chromium driven
through Debian's chromium-driver; Selenium Manager is off (SE_OFFLINE): nothing is downloaded."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

NAVIGATEUR, PILOTE = "/usr/bin/chromium", "/usr/bin/chromedriver"
OPTIONS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1100,900", "--lang=fr-FR")


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def serveur(tmp_path_factory):
    """`python -m paris_droits serve`, its stderr to a file and its temporary files in a folder of its own."""
    dossier = tmp_path_factory.mktemp("serveur")
    (dossier / "tmp").mkdir()
    port = _port_libre()
    journal = (dossier / "stderr.txt").open("wb")
    processus = subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "serve", "--port", str(port), "--processus", "2", "--personnes-max", "12"],
        stdout=subprocess.DEVNULL, stderr=journal, cwd=dossier, env={**os.environ, "TMPDIR": str(dossier / "tmp")},
    )
    adresse = f"http://127.0.0.1:{port}"
    limite = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(adresse + "/api", timeout=2)
            break
        except OSError:
            if time.monotonic() > limite or processus.poll() is not None:
                processus.kill()
                pytest.fail("Le serveur n'a pas démarré : " + (dossier / "stderr.txt").read_text(errors="replace"))
            time.sleep(0.2)
    yield {"adresse": adresse, "dossier": dossier}
    processus.terminate()
    processus.wait(timeout=20)
    journal.close()


@pytest.fixture(scope="session")
def navigateur(tmp_path_factory):
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = NAVIGATEUR
    for option in OPTIONS:
        options.add_argument(option)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('profil')}")
    pilote = webdriver.Chrome(service=Service(PILOTE), options=options)
    pilote.implicitly_wait(0)
    yield pilote
    pilote.quit()
