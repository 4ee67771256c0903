"""Run the OpenFisca YAML tests through pytest, next to the Python tests.

Every `*.yaml` under tests/ is an OpenFisca test file (data fixtures are JSON
or written by the tests themselves), so `openfisca test -c paris_droits tests/`
and `pytest` see the same tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from openfisca_core.tools.test_runner import OpenFiscaPlugin, YamlItem

from paris_droits import systeme


def pytest_configure(config):
    # `openfisca test` registers its own plugin; plain `pytest` needs ours.
    if not any(isinstance(p, OpenFiscaPlugin) for p in config.pluginmanager.get_plugins()):
        config.pluginmanager.register(OpenFiscaPlugin(systeme(), {}), "paris_droits_yaml")


def pytest_collection_modifyitems(config, items):
    _nommer_les_tests_yaml(items)
    _grouper_pour_xdist(config, items)


def _grouper_pour_xdist(config, items):
    """`--dist loadgroup` sends the tests of one `xdist_group` to one worker by a « @group » suffix that pytest-xdist
    (3.8) writes into `item._nodeid`; pytest ≥ 9 reads the node id from `item._id` instead, so the groups were
    silently ignored (the shared server and the browser started on both workers). Write the suffix where pytest reads it."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        groupes = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        if groupes and hasattr(item, "_id") and "@" not in item.nodeid.rpartition("::")[2].rpartition("]")[2]:
            item._id = item.parent.id.child(f"{item.name}@{'_'.join(sorted(groupes))}")


def _nommer_les_tests_yaml(items):
    """OpenFisca names every YAML test of a file alike (« fichier.yaml:: »); xdist's grouped scheduling
    would keep only one of them. Each gets its rank and its own name, so none is dropped silently."""
    rangs: dict[str, int] = {}
    for item in items:
        if isinstance(item, YamlItem) and item.nodeid.endswith("::"):
            rang = rangs[item.nodeid] = rangs.get(item.nodeid, 0) + 1
            nom = str(getattr(item.test, "name", "") or "").strip().replace("\n", " ")[:80]
            item.name = f"{rang:03d}" + (f" {nom}" if nom else "")
            if hasattr(item, "_id"):  # pytest ≥ 9 derives the node id from the parent's and the name
                item._id = item.parent.id.child(item.name)
            else:
                item._nodeid = f"{item.nodeid}{item.name}"


# The tests that talk to the shared server below are in one xdist group: one server for the whole run.
GROUPE_SERVEUR = "serveur"
# The shared server's settings: what the API tests check (CORS origin, household limit, the one trusted proxy not
# being the loopback), with its default processes, threads, deadlines and request size (256 KiB).
ORIGINE_CORS = "https://travailleurs-sociaux.paris.fr"
PERSONNES_MAX = 5
MANDATAIRE = "192.0.2.1"


@pytest.fixture(scope="session")
def serveur_partage(tmp_path_factory):
    """One `python -m paris_droits serve` for every test that only needs a running server (browser, API, HTTP
    edge cases, invalid inputs): started on first use, stopped at the end of the session. Its stderr goes to a
    file and its temporary files to a folder of its own (tests check that nothing of a household stays there)."""
    dossier = tmp_path_factory.mktemp("serveur")
    (dossier / "tmp").mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    journal = (dossier / "stderr.txt").open("wb")
    processus = subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "serve", "--port", str(port), "--cors-origine", ORIGINE_CORS,
         "--personnes-max", str(PERSONNES_MAX), "--mandataire", MANDATAIRE],
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
                journal.close()
                pytest.fail("Le serveur n'a pas démarré : " + (dossier / "stderr.txt").read_text(errors="replace"))
            time.sleep(0.05)
    yield SimpleNamespace(adresse=adresse, port=port, processus=processus, dossier=dossier)
    processus.terminate()
    processus.wait(timeout=20)
    journal.close()


@pytest.fixture(scope="session")
def tbs():
    return systeme()


class _LecteurTableaux(HTMLParser):
    """Cells' text of every <table id=...> of a page (what a screen reader reads), row by row."""

    def __init__(self):
        super().__init__()
        self.tableaux: dict[str, list[list[str]]] = {}
        self._courant = None
        self._cellule = None

    def handle_starttag(self, balise, attributs):
        attributs = dict(attributs)
        if balise == "table" and attributs.get("id"):
            self._courant = self.tableaux.setdefault(attributs["id"], [])
        elif balise == "tr" and self._courant is not None:
            self._courant.append([])
        elif balise in ("td", "th") and self._courant is not None:
            self._cellule = []

    def handle_endtag(self, balise):
        if balise == "table":
            self._courant = None
        elif balise in ("td", "th") and self._cellule is not None:
            self._courant[-1].append("".join(self._cellule).strip())
            self._cellule = None

    def handle_data(self, donnees):
        if self._cellule is not None:
            self._cellule.append(donnees)


def lire_tableaux(page: str) -> dict[str, list[list[str]]]:
    """{table id: [header row, rows…]} of an HTML page."""
    lecteur = _LecteurTableaux()
    lecteur.feed(page)
    return lecteur.tableaux


def nombre_francais(cellule: str) -> float | None:
    """« +1 603 245 € », « −2 990 », « 12,5 % » → float (None for « — »)."""
    texte = cellule.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "").replace("%", "").replace("*", "")
    if texte in ("—", ""):
        return None
    return float(texte.replace("−", "-").replace("+", "").replace(",", "."))


@pytest.fixture(scope="session")
def tableaux_html():
    return lire_tableaux


@pytest.fixture(scope="session")
def nombre_fr():
    return nombre_francais


@pytest.fixture(scope="session")
def cli():
    """The `paris-droits` command line run in-process through click's runner: the real commands and
    their error handling, without paying a Python start-up per call (the entry point itself is run in
    a subprocess by a few tests). Returns an object with returncode, stdout and stderr, like
    subprocess.run; `cwd` runs the command from that folder."""
    import contextlib
    from types import SimpleNamespace

    from click.testing import CliRunner

    from paris_droits.interfaces.cli.principal import main

    def lancer(*arguments, entree=None, cwd=None):
        with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
            resultat = CliRunner().invoke(main, [str(a) for a in arguments], input=entree, prog_name="paris-droits")
        return SimpleNamespace(returncode=resultat.exit_code, stdout=resultat.stdout, stderr=resultat.stderr)

    return lancer
