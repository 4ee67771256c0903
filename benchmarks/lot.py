"""Performance of batch runs (`make bench`): lot.simuler on 10 k, 100 k and 1 M synthetic households,
and per household against the code of 2026-11-23 (17 aids), measured in turns.

Every aid of the registry, one month. Each measure runs in a fresh subprocess so
that its peak memory is its own; the peak is sampled over the whole process
tree (the main process plus its pool workers) from /proc, and also read from
getrusage. The input tables come from the calibrated generator
(paris_droits.population); drawing them is timed apart and not counted in the
batch time. The figures go to docs/performance.md, between the markers
<!-- lot:debut --> and <!-- lot:fin -->; the rest of the file is kept.

    python -m benchmarks                          # every benchmark, then docs/performance.md
    python -m benchmarks.lot --mesure 10000 1      # one measure, JSON on stdout
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.commun import (
    AVANT_COMMIT,
    AVANT_DATE,
    HAUSSE_MAX_PAR_MENAGE,
    arbre_du_commit,
    ecrire_section,
    environnement_de,
    rss_arbre,
)

PERIODE = "2026-11"
GRAINE = 2026
MESURES = ((10_000, 1), (100_000, 1), (100_000, 2), (1_000_000, 1), (1_000_000, 2))
REPETITIONS = 2  # each measure runs twice; the faster run's times and the higher memory peak are kept
DEBUT = "<!-- lot:debut -->"
FIN = "<!-- lot:fin -->"
COMMANDE_MENAGES = 1_000_000
OBJECTIF_SECONDES = 60
OBJECTIF_OCTETS = 4 * 1024**3
KIO = 1024
# Per household against AVANT_COMMIT (benchmarks/commun.py): its batch and today's on 1 million households,
# 1 process, in fresh processes one after the other (then, now, now, then, ...): the fastest of each.
AVANT_MENAGES, AVANT_ESSAIS = 1_000_000, 2
ECHANTILLONNAGE_S = 0.05


class _Pic:
    """Samples the process tree's memory in a thread; keeps the maximum."""

    def __init__(self):
        self.pic = 0
        self._arret = threading.Event()
        self._fil = threading.Thread(target=self._boucle, daemon=True)

    def _boucle(self):
        while not self._arret.is_set():
            self.pic = max(self.pic, rss_arbre(os.getpid()))
            self._arret.wait(ECHANTILLONNAGE_S)

    def __enter__(self):
        self._fil.start()
        return self

    def __exit__(self, *exc):
        self._arret.set()
        self._fil.join()
        self.pic = max(self.pic, rss_arbre(os.getpid()))


def mesurer(menages: int, processus: int) -> dict:
    """One measure in this process: draw the households, then time lot.simuler on them."""
    from paris_droits.catalogue.registre import aides
    from paris_droits.lot import calcul as lot
    from paris_droits.lot.echantillon import preparer
    from paris_droits.population.generateur import generer_population
    from paris_droits.regles.systeme import systeme

    systeme()
    debut = time.perf_counter()
    population = generer_population(menages, GRAINE, PERIODE)
    generation = time.perf_counter() - debut
    avant = rss_arbre(os.getpid())
    with _Pic() as pic:
        debut = time.perf_counter()
        preparation = preparer(population.menages, population.individus, strict=True)
        validation = time.perf_counter() - debut
        resultats = lot.calculer(preparation, PERIODE, processus=processus)
        total = time.perf_counter() - debut
    assert len(resultats) == menages
    return {
        "menages": menages,
        "individus": len(population.individus),
        "processus": processus,
        "aides": len(aides()),
        "colonnes_entree": len(population.menages.columns) + len(population.individus.columns),
        "generation_s": generation,
        "validation_s": validation,
        "calcul_s": total - validation,
        "total_s": total,
        "avant_octets": avant,
        "pic_arbre_octets": pic.pic,
        "pic_getrusage_octets": max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        )
        * KIO,
        "eligibles": int(sum(resultats[f"{a.slug}_eligible"].sum() for a in aides())),
    }


def _mesure_isolee(menages: int, processus: int, arbre: Path | None = None) -> dict:
    """One measure in a fresh process: today's tree, or the earlier tree `arbre` (its own bench module,
    `paris_droits.bench` before the engine's layout, with the same `--mesure` arguments and JSON)."""
    commande = ["-m", "benchmarks.lot"] if arbre is None else ["-m", "paris_droits.bench"]
    execution = subprocess.run(
        [sys.executable, *commande, "--mesure", str(menages), str(processus)],
        capture_output=True, text=True, check=False,
        **({} if arbre is None else {"cwd": arbre, "env": environnement_de(arbre)}),
    )
    if execution.returncode != 0:
        raise RuntimeError(f"mesure {menages} ménages / {processus} processus : {execution.stderr.strip()}")
    return json.loads(execution.stdout.strip().splitlines()[-1])


def mesurer_avant() -> dict | None:
    """µs per household of AVANT_COMMIT's batch and of today's, measured in turns (then, now, now,
    then, ...) so that the machine's drift touches both alike; the fastest of each. None without the
    commit."""
    with tempfile.TemporaryDirectory(prefix="paris-droits-avant-") as dossier:
        arbre = arbre_du_commit(AVANT_COMMIT, Path(dossier))
        if arbre is None:
            return None
        alors, maintenant = [], []
        for essai in range(AVANT_ESSAIS):
            ordre = ((alors, arbre), (maintenant, None))
            for mesures, source in ordre if essai % 2 == 0 else reversed(ordre):
                mesures.append(_mesure_isolee(AVANT_MENAGES, 1, source))
    alors, maintenant = min(alors, key=lambda m: m["total_s"]), min(maintenant, key=lambda m: m["total_s"])
    return {
        "alors_us": 1e6 * alors["total_s"] / alors["menages"], "alors_aides": alors["aides"],
        "maintenant_us": 1e6 * maintenant["total_s"] / maintenant["menages"], "maintenant_aides": maintenant["aides"],
    }


def ecrire_population(dossier: str, menages: int) -> None:
    """Write a synthetic sample as Parquet (menages.parquet, individus.parquet) for the command measure."""
    from paris_droits.lot.echantillon import Echantillon, ecrire_echantillon
    from paris_droits.population.generateur import generer_population

    population = generer_population(menages, GRAINE, PERIODE)
    ecrire_echantillon(Echantillon(population.menages, population.individus), dossier)


def mesurer_commande(dossier: Path, processus: int) -> dict:
    """`paris-droits lot` end to end (read Parquet, validate, compute, write Parquet), in a subprocess."""
    sortie = dossier / "resultats.parquet"
    debut = time.perf_counter()
    execution = subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "lot", str(dossier), "--periode", PERIODE, "-o", str(sortie),
         "--quiet", "--processus", str(processus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    pic = 0
    while execution.poll() is None:
        pic = max(pic, rss_arbre(execution.pid))
        time.sleep(ECHANTILLONNAGE_S)
    duree = time.perf_counter() - debut
    sortie_standard, erreurs = execution.communicate()
    if execution.returncode != 0:
        raise RuntimeError(f"paris-droits lot : {erreurs.strip()}")
    return {"processus": processus, "total_s": duree, "pic_arbre_octets": pic, "resume": sortie_standard.strip()}


def _nombre(valeur: float, decimales: int = 0) -> str:
    from paris_droits.commun.format import nombre

    return nombre(valeur, decimales)


def _go(octets: int) -> str:
    return _nombre(octets / 1024**3, 2)


def _processeur() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as flux:
            for ligne in flux:
                if ligne.startswith("model name"):
                    return ligne.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "inconnu"


def _tenu(mesure: dict | None) -> bool:
    return bool(mesure) and mesure["total_s"] <= OBJECTIF_SECONDES and mesure["pic_arbre_octets"] <= OBJECTIF_OCTETS


def rediger(mesures: list[dict], charge: tuple[float, float, float], commandes: list[dict] = (), avant: dict | None = None) -> str:
    """The French section of docs/performance.md."""
    import numpy
    import openfisca_core
    import pandas

    lignes = [
        DEBUT,
        "## Calcul en lot (`paris-droits lot`, `paris_droits.lot.simuler`)",
        "",
        f"Mesuré le {datetime.date.today().isoformat()} par `make bench` (`python -m benchmarks`) : "
        f"toutes les aides du catalogue ({mesures[0]['aides']}), un mois ({PERIODE}), sur des ménages "
        f"synthétiques tirés par `paris_droits.population` (graine {GRAINE}).",
        "",
        f"Machine : {os.cpu_count()} cœurs ({_processeur()}), Python {platform.python_version()}, "
        f"openfisca-core {openfisca_core.__version__ if hasattr(openfisca_core, '__version__') else '46.0.1'}, "
        f"numpy {numpy.__version__}, pandas {pandas.__version__}. Charge moyenne au lancement : "
        f"{_nombre(charge[0], 2)} (sur 1 min) — la machine peut être partagée, les temps varient d'une exécution à l'autre.",
        "",
        f"Chaque mesure est faite {REPETITIONS} fois dans un processus neuf : le tableau garde la plus rapide "
        "et le plus haut pic de mémoire. Le temps compté est celui de `simuler` : validation de l'échantillon (`echantillon.preparer`, stricte) "
        "puis calcul par lots de 50 000 ménages (20 000 avec plusieurs processus). Le tirage de la population synthétique est donné à part. "
        "Le pic de mémoire est celui de l'arbre de processus (processus principal + processus de calcul), "
        "échantillonné toutes les 50 ms dans /proc ; il inclut l'échantillon en mémoire.",
        "",
        "| Ménages | Personnes | Processus | Tirage (s) | Validation (s) | Calcul (s) | Total `simuler` (s) "
        "| µs par ménage | Mémoire avant (Go) | Pic mémoire (Go) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in mesures:
        lignes.append(
            f"| {_nombre(m['menages'])} | {_nombre(m['individus'])} | {m['processus']} | {_nombre(m['generation_s'], 1)} "
            f"| {_nombre(m['validation_s'], 1)} | {_nombre(m['calcul_s'], 1)} | {_nombre(m['total_s'], 1)} "
            f"| {_nombre(1e6 * m['total_s'] / m['menages'], 1)} | {_go(m['avant_octets'])} | {_go(m['pic_arbre_octets'])} |"
        )
    lignes += [
        "",
        "« Mémoire avant » : l'arbre de processus juste avant `simuler`, population tirée et tables en mémoire "
        "(le générateur garde une partie de sa mémoire de travail) ; le pic l'inclut.",
        "",
    ]
    if commandes:
        lignes += [
            f"Commande complète `paris-droits lot` sur {_nombre(COMMANDE_MENAGES)} ménages écrits en Parquet "
            "(lecture, validation, calcul, écriture atomique des résultats et des rejets, démarrage de Python compris) :",
            "",
            "| Processus | Durée (s) | Pic mémoire (Go) |",
            "|---:|---:|---:|",
            *(f"| {c['processus']} | {_nombre(c['total_s'], 1)} | {_go(c['pic_arbre_octets'])} |" for c in commandes),
            "",
        ]
    par_taille = {(m["menages"], m["processus"]): m for m in mesures}
    comparaisons = []
    for menages in sorted({m["menages"] for m in mesures}):
        un, deux = par_taille.get((menages, 1)), par_taille.get((menages, 2))
        if un and deux:
            comparaisons.append(
                f"- {_nombre(menages)} ménages : 2 processus / 1 processus = ×{_nombre(un['total_s'] / deux['total_s'], 2)} "
                f"en vitesse (calcul seul : ×{_nombre(un['calcul_s'] / deux['calcul_s'], 2)}), "
                f"×{_nombre(deux['pic_arbre_octets'] / un['pic_arbre_octets'], 2)} en mémoire."
            )
    petits, grands = par_taille.get((10_000, 1)), par_taille.get((1_000_000, 1))
    if petits and grands:
        comparaisons.append(
            f"- Passage à l'échelle (1 processus) : 100 fois plus de ménages prennent "
            f"{_nombre(grands['total_s'] / petits['total_s'], 0)} fois plus de temps."
        )
    if avant is None:
        comparaisons.append(f"- Par ménage, contre le code du {AVANT_DATE} : non mesuré, l'historique git (commit {AVANT_COMMIT}) "
                            "n'est pas disponible dans cette copie.")
    else:
        rapport = avant["maintenant_us"] / avant["alors_us"]
        comparaisons.append(
            f"- Par ménage, contre le code du {AVANT_DATE} (commit {AVANT_COMMIT}) : {_nombre(avant['maintenant_us'], 1)} µs pour "
            f"{avant['maintenant_aides']} aides, contre {_nombre(avant['alors_us'], 1)} µs pour {avant['alors_aides']} aides, "
            f"sur {_nombre(AVANT_MENAGES)} ménages et 1 processus, les deux codes mesurés tour à tour ({AVANT_ESSAIS} fois chacun, "
            f"le plus rapide retenu) : ×{_nombre(rapport, 2)} "
            f"(objectif : au plus ×{_nombre(HAUSSE_MAX_PAR_MENAGE, 2)} ; {'tenu' if rapport <= HAUSSE_MAX_PAR_MENAGE else 'NON TENU'})."
        )
    if comparaisons:
        lignes += ["Comparaisons :", "", *comparaisons, ""]
    million = [m for m in mesures if m["menages"] == COMMANDE_MENAGES] + list(commandes)
    if million:
        meilleur = min(million, key=lambda m: m["total_s"])
        tenu = _tenu(meilleur)
        lignes += [
            f"Objectif (1 million de ménages en moins de {OBJECTIF_SECONDES} s et moins de 4 Go) : "
            f"{'tenu' if tenu else 'NON TENU'} — {_nombre(meilleur['total_s'], 1)} s et "
            f"{_go(meilleur['pic_arbre_octets'])} Go au mieux ({meilleur['processus']} processus"
            f"{', commande complète' if 'resume' in meilleur else ''}) ; "
            f"au pire {_nombre(max(m['total_s'] for m in million), 1)} s et "
            f"{_go(max(m['pic_arbre_octets'] for m in million))} Go.",
            "",
        ]
    lignes += [
        "Le pool de processus (`--processus N`) démarre ses processus par *spawn* (chacun importe le paquet et construit "
        "le système socio-fiscal une fois, environ 1 à 3 s). Sur une machine à 2 cœurs, deux processus de calcul se "
        "partagent aussi le cache et la bande passante mémoire : le gain reste faible (voir les comparaisons) et ne "
        "grandit qu'avec le nombre de cœurs libres."
        + (" Un seul processus suffit à l'objectif." if _tenu(par_taille.get((1_000_000, 1))) else ""),
        FIN,
    ]
    return "\n".join(lignes) + "\n"


def main(arguments: list[str]) -> None:
    if arguments[:1] == ["--mesure"]:
        print(json.dumps(mesurer(int(arguments[1]), int(arguments[2]))))
        return
    if arguments[:1] == ["--ecrire"]:
        ecrire_population(arguments[1], int(arguments[2]))
        return
    from paris_droits.regles import chemins

    charge = os.getloadavg()
    mesures = []
    for menages, processus in MESURES:
        essais = [_mesure_isolee(menages, processus) for _ in range(REPETITIONS)]
        mesure = dict(min(essais, key=lambda m: m["total_s"]))
        mesure["pic_arbre_octets"] = max(m["pic_arbre_octets"] for m in essais)
        mesure["pic_getrusage_octets"] = max(m["pic_getrusage_octets"] for m in essais)
        print(
            f"{_nombre(menages)} ménages, {processus} processus : {_nombre(mesure['total_s'], 1)} s "
            f"(validation {_nombre(mesure['validation_s'], 1)} s, calcul {_nombre(mesure['calcul_s'], 1)} s), "
            f"pic {_go(mesure['pic_arbre_octets'])} Go",
            flush=True,
        )
        mesures.append(mesure)
    avant = mesurer_avant()
    if avant:
        print(f"par ménage : {_nombre(avant['maintenant_us'], 1)} µs contre {_nombre(avant['alors_us'], 1)} µs le {AVANT_DATE}", flush=True)
    commandes = []
    with tempfile.TemporaryDirectory(prefix="paris-droits-bench-") as dossier:
        subprocess.run([sys.executable, "-m", "benchmarks.lot", "--ecrire", dossier, str(COMMANDE_MENAGES)], check=True)
        for processus in (1, 2):
            commande = mesurer_commande(Path(dossier), processus)
            print(f"paris-droits lot, {processus} processus : {_nombre(commande['total_s'], 1)} s, "
                  f"pic {_go(commande['pic_arbre_octets'])} Go — {commande['resume']}", flush=True)
            commandes.append(commande)
    cible = chemins.RACINE / "docs" / "performance.md"
    ecrire_section(rediger(mesures, charge, commandes, avant), cible, DEBUT, FIN)
    print(f"Résultats écrits dans {cible}.")


if __name__ == "__main__":
    main(sys.argv[1:])
