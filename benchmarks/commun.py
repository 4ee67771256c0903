"""What every benchmark shares: writing its section of docs/performance.md, reading a process tree's
memory and CPU from /proc, the median time of a repeated action, and the earlier code that "more
aids must not cost more" is measured against."""

from __future__ import annotations

import io
import os
import re
import statistics
import subprocess
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

from paris_droits.commun.fichiers import ecrire_texte

# The code before the history from 2016 and the règlement's remaining aids were encoded: 2026-11-23, 17 aids,
# the commit of its last `make bench`. More aids may cost at most 20 % more per household, in batch and for one
# household. This shared 2-core machine drifts by up to 30 % within minutes, so figures from another day
# cannot be compared: the benchmarks run that commit's code and today's alternately, in the same minutes.
AVANT_DATE, AVANT_AIDES, AVANT_COMMIT = "2026-11-23", 17, "757fc4a"
HAUSSE_MAX_PAR_MENAGE = 1.2
RACINE = Path(__file__).resolve().parent.parent


def ecrire_section(section: str, chemin: Path, debut: str, fin: str) -> None:
    """Replace (or append) the section between the markers, keeping the rest of the file."""
    if chemin.exists():
        texte = chemin.read_text(encoding="utf-8")
    else:
        texte = "# Performances\n\n"
    motif = re.compile(re.escape(debut) + r".*?" + re.escape(fin) + r"\n?", re.DOTALL)
    if motif.search(texte):
        texte = motif.sub(lambda _: section, texte, count=1)
    else:
        texte = texte.rstrip("\n") + "\n\n" + section
    chemin.parent.mkdir(parents=True, exist_ok=True)
    ecrire_texte(chemin, texte)


def _arbre(racine: int, mesure: Callable[[str, list[str]], float]) -> float:
    """The sum of `mesure(pid, fields of /proc/<pid>/stat)` over a process and all its descendants."""
    parents, valeurs = {}, {}
    for entree in os.listdir("/proc"):
        if not entree.isdigit():
            continue
        try:
            with open(f"/proc/{entree}/stat", encoding="ascii", errors="replace") as flux:
                champs = flux.read().rsplit(")", 1)[1].split()
            parents[int(entree)] = int(champs[1])
            valeurs[int(entree)] = mesure(entree, champs)
        except (OSError, IndexError, ValueError):
            continue  # the process ended while being read
    arbre, nouveaux = {racine}, {racine}
    while nouveaux:
        nouveaux = {pid for pid, parent in parents.items() if parent in arbre} - arbre
        arbre |= nouveaux
    return sum(valeurs.get(pid, 0) for pid in arbre)


def _rss(pid: str, _champs: list[str]) -> int:
    with open(f"/proc/{pid}/statm", encoding="ascii") as flux:
        return int(flux.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_arbre(racine: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, read from /proc."""
    return int(_arbre(racine, _rss))


def cpu_arbre(racine: int) -> float:
    """CPU seconds (user + system) used so far by a process and its descendants, from /proc."""
    return _arbre(racine, lambda _pid, champs: (int(champs[11]) + int(champs[12])) / os.sysconf("SC_CLK_TCK"))


def mediane(repetitions: int, action: Callable[[], object], echauffement: bool = False) -> float:
    """Median duration (s) of `repetitions` runs of `action`, after one untimed run if `echauffement`."""
    if echauffement:
        action()
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        action()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def arbre_du_commit(commit: str, dossier: Path) -> Path | None:
    """The source tree of an earlier commit, extracted with `git archive` into `dossier`; None without
    the history (a shallow clone, an unpacked wheel)."""
    try:
        archive = subprocess.run(["git", "-C", str(RACINE), "archive", "--format=tar", commit],
                                 capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    arbre = dossier / commit
    arbre.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(arbre, filter="data")
    return arbre


def environnement_de(arbre: Path) -> dict:
    """The environment that makes a child Python import `paris_droits` from `arbre`."""
    return {**os.environ, "PYTHONPATH": str(arbre)}
