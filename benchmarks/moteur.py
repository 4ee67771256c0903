"""Performance of the single-household check and of reform comparisons (part of `make bench`).

- `evaluer`: every aid with its explanations for one household, warm (tax-benefit system
  already built), median over repeated runs for each example situation; and the CLI cold
  start (`paris-droits evaluer situations/…json`, a fresh Python process), median of 5; and the
  same example situations against the code of 2026-11-23 (17 aids), timed alternately in two
  processes (benchmarks/chrono_evaluer.py) so that the machine's drift touches both alike.
- Reform comparison: `reformes.comparer` (baseline + reform) on 100 000 synthetic
  households, against one batch run (`lot.calculer`) over the same households.

Written to docs/performance.md between <!-- moteur:debut --> and <!-- moteur:fin -->.
"""

from __future__ import annotations

import datetime
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.commun import (
    AVANT_AIDES,
    AVANT_COMMIT,
    AVANT_DATE,
    HAUSSE_MAX_PAR_MENAGE,
    RACINE,
    arbre_du_commit,
    ecrire_section,
    environnement_de,
)

DEBUT = "<!-- moteur:debut -->"
FIN = "<!-- moteur:fin -->"
REPETITIONS_CHAUD = 30
REPETITIONS_FROID = 5
MENAGES_REFORME = 100_000
REFORME = "cantine_gratuite_tranches_1_2"
OBJECTIF_CHAUD_S = 0.1
OBJECTIF_FROID_S = 2.0
OBJECTIF_RATIO_REFORME = 3.0
# The example situations of AVANT_COMMIT (benchmarks/commun.py), each timed alternately by that commit's
# `evaluer` and today's.
AVANT_SITUATIONS = (
    "adulte_handicape_aah_css", "aidant_parent_soins_palliatifs", "couple_deux_eleves", "couple_deux_enfants_factures_energie",
    "couple_jumeaux_nouveau_nes", "couple_trois_enfants_locataire", "etudiante_boursiere_studio_meuble", "famille_sans_dossier_caf",
    "famille_sans_dossier_qf", "fille_hebergeant_mere_agee", "jeune_accompagne_mission_locale", "jeune_projet_vacances_autonome",
    "parent_isole_deux_enfants_locataire", "parent_isole_enfant_handicape_aeeh", "parent_isole_un_eleve",
    "personne_agee_seule_locataire", "personne_agee_seule_petite_retraite",
)
REPETITIONS_ALTERNEES = 20


def _n(valeur: float, decimales: int = 0) -> str:
    return f"{valeur:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")


def mesurer_evaluer() -> dict:
    from paris_droits.menage.evaluation import evaluer
    from paris_droits.menage.situation import charger_fichier
    from paris_droits.regles import chemins
    from paris_droits.regles.systeme import systeme

    systeme()
    medianes = {}
    for chemin in sorted(chemins.SITUATIONS.glob("*.json")):
        situation = charger_fichier(chemin)
        evaluer(situation, "2026-11")  # warm-up: dependency graph, caches
        durees = []
        for _ in range(REPETITIONS_CHAUD):
            debut = time.perf_counter()
            evaluer(situation, "2026-11")
            durees.append(time.perf_counter() - debut)
        medianes[chemin.stem] = statistics.median(durees)
    exemple = sorted(chemins.SITUATIONS.glob("*.json"))[0]
    froids = []
    for _ in range(REPETITIONS_FROID):
        debut = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "paris_droits", "evaluer", str(exemple), "--periode", "2026-11"],
            capture_output=True, check=True,
        )
        froids.append(time.perf_counter() - debut)
    return {"chaud": medianes, "froid_s": statistics.median(froids), "exemple": exemple.name, "avant": mesurer_avant()}


def mesurer_reforme() -> dict:
    from paris_droits import reformes
    from paris_droits.lot import calcul as lot
    from paris_droits.lot.echantillon import Echantillon, preparer
    from paris_droits.population.generateur import generer_population

    population = generer_population(MENAGES_REFORME, 2026, "2026-11")
    preparation = preparer(population.menages, population.individus, strict=True)
    lot.calculer(preparation, "2026-11", taille_lot=1000)  # warm-up of the tax-benefit system
    lot.systeme_pour((REFORME,))
    debut = time.perf_counter()
    lot.calculer(preparer(population.menages, population.individus, strict=True), "2026-11")
    un_lot = time.perf_counter() - debut
    debut = time.perf_counter()
    reformes.comparer([REFORME], Echantillon(population.menages, population.individus), "2026-11")
    comparaison = time.perf_counter() - debut
    return {"un_lot_s": un_lot, "comparaison_s": comparaison, "ratio": comparaison / un_lot}


class _Chronometre:
    """A long-lived `benchmarks/chrono_evaluer.py` process timing the `evaluer` of one source tree."""

    def __init__(self, arbre: Path):
        self.processus = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve().parent / "chrono_evaluer.py")],
            cwd=arbre, env=environnement_de(arbre), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def __call__(self, situation: str) -> float:
        self.processus.stdin.write(situation + "\n")
        self.processus.stdin.flush()
        reponse = self.processus.stdout.readline()
        if not reponse:
            raise RuntimeError(f"le chronomètre de {self.processus.args} s'est arrêté")
        return float(reponse)

    def fermer(self) -> None:
        self.processus.stdin.close()
        self.processus.wait(timeout=30)


def mesurer_avant() -> dict | None:
    """Today's `evaluer` against AVANT_COMMIT's on the same example situations, each timed alternately
    in the two processes (which goes first swaps every round): the sum of today's medians over the
    sum of then's. None when the commit cannot be read."""
    with tempfile.TemporaryDirectory() as dossier:
        arbre = arbre_du_commit(AVANT_COMMIT, Path(dossier))
        if arbre is None:
            return None
        avant, maintenant = _Chronometre(arbre), _Chronometre(RACINE)
        durees = {nom: ([], []) for nom in AVANT_SITUATIONS}
        try:
            for tour in range(REPETITIONS_ALTERNEES):
                for nom, (alors, aujourd_hui) in durees.items():
                    if tour % 2:
                        aujourd_hui.append(maintenant(nom))
                        alors.append(avant(nom))
                    else:
                        alors.append(avant(nom))
                        aujourd_hui.append(maintenant(nom))
        finally:
            avant.fermer()
            maintenant.fermer()
    alors = {nom: statistics.median(d[0]) for nom, d in durees.items()}
    aujourd_hui = {nom: statistics.median(d[1]) for nom, d in durees.items()}
    return {"avant_ms": 1000 * statistics.mean(alors.values()), "maintenant_ms": 1000 * statistics.mean(aujourd_hui.values()),
            "ratio": sum(aujourd_hui.values()) / sum(alors.values())}


def _comparaison_avant(avant: dict | None) -> str:
    from paris_droits.catalogue.registre import aides

    if avant is None:
        return (f"Comparaison avec le code du {AVANT_DATE} non mesurée : l'historique git (commit {AVANT_COMMIT}) "
                "n'est pas disponible dans cette copie.")
    return (
        f"Par rapport au code du {AVANT_DATE} (commit {AVANT_COMMIT}, {AVANT_AIDES} aides, contre {len(aides())} aujourd'hui), "
        f"sur ses {len(AVANT_SITUATIONS)} situations d'exemple, chaque situation chronométrée alternativement dans deux "
        f"processus ({REPETITIONS_ALTERNEES} fois chacun) : {_n(avant['maintenant_ms'], 1)} ms contre "
        f"{_n(avant['avant_ms'], 1)} ms en moyenne des médianes, soit ×{_n(avant['ratio'], 2)} "
        f"(objectif : au plus ×{_n(HAUSSE_MAX_PAR_MENAGE, 2)} ; {'tenu' if avant['ratio'] <= HAUSSE_MAX_PAR_MENAGE else 'NON TENU'})."
    )


def rediger(evaluation: dict, reforme: dict) -> str:
    chaud = evaluation["chaud"]
    pire = max(chaud.values())
    lignes = [
        DEBUT,
        "## Un ménage (`paris-droits evaluer`, `paris_droits.evaluer`) et comparaison de réformes",
        "",
        f"Mesuré le {datetime.date.today().isoformat()} par `make bench` (`python -m benchmarks`).",
        "",
        f"**Toutes les aides, avec leurs explications, pour un ménage, à chaud** (système socio-fiscal déjà construit) : "
        f"médiane de {REPETITIONS_CHAUD} exécutions par situation d'exemple.",
        "",
        "| Situation | Médiane (ms) |",
        "|---|---:|",
    ]
    lignes += [f"| {nom} | {_n(1000 * duree, 1)} |" for nom, duree in sorted(chaud.items())]
    lignes += [
        "",
        f"Objectif 100 ms : {'tenu' if pire <= OBJECTIF_CHAUD_S else 'NON TENU'} — pire situation {_n(1000 * pire, 1)} ms, "
        f"soit {_n(pire / OBJECTIF_CHAUD_S, 2)} × l'objectif.",
        "",
        _comparaison_avant(evaluation['avant']),
        "",
        f"**Démarrage à froid de la ligne de commande** (`paris-droits evaluer situations/{evaluation['exemple']}`, nouveau "
        f"processus Python, médiane de {REPETITIONS_FROID}) : {_n(evaluation['froid_s'], 2)} s — objectif 2 s "
        f"{'tenu' if evaluation['froid_s'] <= OBJECTIF_FROID_S else 'NON TENU'} ({_n(evaluation['froid_s'] / OBJECTIF_FROID_S, 2)} × l'objectif).",
        "",
        f"**Comparaison de réforme sur {_n(MENAGES_REFORME)} ménages** (`reformes.comparer`, réforme `{REFORME}` : "
        "législation en vigueur puis réforme, agrégats et répartitions compris) : "
        f"{_n(reforme['comparaison_s'], 1)} s, contre {_n(reforme['un_lot_s'], 1)} s pour un seul calcul en lot des mêmes "
        f"ménages, soit un rapport de ×{_n(reforme['ratio'], 2)} (objectif ≤ ×{_n(OBJECTIF_RATIO_REFORME, 0)} : "
        f"{'tenu' if reforme['ratio'] <= OBJECTIF_RATIO_REFORME else 'NON TENU'}).",
        FIN,
    ]
    return "\n".join(lignes) + "\n"


def main(cible: Path) -> None:
    evaluation = mesurer_evaluer()
    print(f"evaluer à chaud : pire {_n(1000 * max(evaluation['chaud'].values()), 1)} ms ; à froid {_n(evaluation['froid_s'], 2)} s", flush=True)
    reforme = mesurer_reforme()
    print(f"comparaison de réforme : ×{_n(reforme['ratio'], 2)} un calcul en lot", flush=True)
    ecrire_section(rediger(evaluation, reforme), cible, DEBUT, FIN)
