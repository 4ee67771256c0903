"""The web pages' server time (`make bench`): the results page of every shipped example, warm.

Each example (the situations of situations/ and the fiches of docs/exemples/) is imported through
POST /importer, the route that reads a file and renders its results page, in the application itself
(Flask's test client: the server's own time, without the network or the browser). Also timed: a step of
the form (POST /bilan, which reads the step, re-evaluates the household to choose the next questions and
renders them) and the results page recomputed from the form (« Recalculer »). Median of REPETITIONS runs
after one warm-up run; the objective is OBJECTIF_S per results page for every example.

Written to docs/performance.md between <!-- pages:debut --> and <!-- pages:fin -->.

    python -m benchmarks pages
"""

from __future__ import annotations

import datetime
import io
import platform
import re
from http import HTTPStatus
from pathlib import Path

from benchmarks.commun import ecrire_section, mediane

DEBUT = "<!-- pages:debut -->"
FIN = "<!-- pages:fin -->"
REPETITIONS = 15
OBJECTIF_S = 0.2
RACINE = Path(__file__).resolve().parent.parent


def _ms(secondes: float) -> str:
    return f"{secondes * 1000:.0f}".replace(".", ",")


def _jeton(client) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").data.decode()).group(1)


def _mediane(action) -> float:
    """Median server time of a page, after a warm-up; every response must be 200."""

    def verifiee():
        reponse = action()
        assert reponse.status_code == HTTPStatus.OK, reponse.data[:500]

    return mediane(REPETITIONS, verifiee, echauffement=True)


def mesurer() -> dict:
    from paris_droits.interfaces.web.application import creer_application

    client = creer_application().test_client()
    jeton = _jeton(client)
    exemples = sorted((RACINE / "situations").glob("*.json")) + sorted((RACINE / "docs" / "exemples").glob("*.yaml"))
    resultats = {}
    for chemin in exemples:
        octets = chemin.read_bytes()

        def importer(octets=octets, nom=chemin.name):
            return client.post("/importer", data={"csrf_token": jeton, "fichier": (io.BytesIO(octets), nom)},
                               content_type="multipart/form-data")

        resultats[chemin.name] = _mediane(importer)
    page = client.post("/importer", data={"csrf_token": jeton, "fichier": (io.BytesIO(
        (RACINE / "docs" / "exemples" / "fiche_menage_complete.yaml").read_bytes()), "fiche.yaml")},
        content_type="multipart/form-data").data.decode()
    fiche = re.search(r'name="fiche" value="([^"]*)"', page).group(1)
    import html

    fiche = html.unescape(fiche)
    recalcul = _mediane(lambda: client.post("/bilan", data={"csrf_token": jeton, "fiche": fiche, "etape": "resultats",
                                                            "action": "recalculer"}))
    etape = _mediane(lambda: client.post("/bilan", data={"csrf_token": jeton, "fiche": fiche, "etape": "logement", "action": "suivant"}))
    return {"exemples": resultats, "recalcul": recalcul, "etape": etape}


def section(mesures: dict) -> str:
    exemples = mesures["exemples"]
    pire = max(exemples.values())
    lignes = [
        DEBUT,
        "## Pages Web du bilan de droits (`/`)",
        "",
        f"Mesuré le {datetime.date.today().isoformat()} ({platform.python_implementation()} {platform.python_version()}, "
        "machine de 2 cœurs partagée), par `python -m benchmarks pages` : temps du serveur (l'application Flask elle-même, "
        f"sans réseau ni navigateur), médiane de {REPETITIONS} requêtes après une requête d'échauffement.",
        "",
        f"- Page de résultats d'un exemple importé (`POST /importer` : lecture du fichier, contrôle, calcul de toutes les aides, "
        f"page HTML) : pire exemple **{_ms(pire)} ms**, objectif {_ms(OBJECTIF_S)} ms "
        f"{'tenu pour chaque exemple' if pire <= OBJECTIF_S else 'NON TENU'}.",
        f"- Résultats recalculés depuis le formulaire (« Recalculer », fiche complète de docs/exemples) : {_ms(mesures['recalcul'])} ms.",
        f"- Une étape du formulaire (`POST /bilan` : lecture de l'étape, nouvelle évaluation pour choisir les questions utiles, "
        f"page suivante) : {_ms(mesures['etape'])} ms.",
        "",
        "| exemple | page de résultats (ms) |",
        "|---|---:|",
        *(f"| `{nom}` | {_ms(duree)} |" for nom, duree in sorted(exemples.items())),
        "",
        FIN,
        "",
    ]
    return "\n".join(lignes)


def main(cible: Path) -> dict:
    mesures = mesurer()
    ecrire_section(section(mesures), cible, DEBUT, FIN)
    print(section(mesures))
    return mesures
