"""The web tests' server and browser: one of each for the whole session, on one xdist worker (group « serveur »,
`--dist loadgroup`), shared by the browser tests (test_navigateur.py, test_navigateur_reformes.py) and, for the
server, by the HTTP tests (test_api_http.py, test_serveur_http.py, the API cases of tests/test_entrees_invalides.py).

The server is `python -m paris_droits serve` over real HTTP (fixture `serveur_partage` of tests/conftest.py), its
stderr in a file and its temporary files in a folder of its own (tests check that nothing of a household stays
there). The browser is Debian's chromium driven through Debian's chromium-driver; Selenium Manager is off
(SE_OFFLINE): nothing is downloaded."""

from __future__ import annotations

import os

import pytest

NAVIGATEUR, PILOTE = "/usr/bin/chromium", "/usr/bin/chromedriver"
OPTIONS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1100,900", "--lang=fr-FR")


@pytest.fixture(scope="session")
def serveur(serveur_partage):
    """The shared `python -m paris_droits serve` of tests/conftest.py (xdist group « serveur »)."""
    return serveur_partage


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
