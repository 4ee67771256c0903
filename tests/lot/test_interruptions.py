"""A batch interrupted by SIGTERM, Ctrl-C or SIGKILL leaves no worker running and no temporary file,
over real processes (a `paris-droits lot --processus 2` started by the test)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

MENAGES = 150_000
ATTENTE_S = 60


@pytest.fixture(scope="module")
def echantillon(tmp_path_factory):
    dossier = tmp_path_factory.mktemp("echantillon")
    pd.DataFrame({"id_menage": np.arange(MENAGES), "loyer": 500.0}).to_parquet(dossier / "menages.parquet")
    pd.DataFrame(
        {"id_individu": np.arange(MENAGES), "id_menage": np.arange(MENAGES), "role": "personne_de_reference"}
    ).to_parquet(dossier / "individus.parquet")
    return dossier


def _enfants(pid: int) -> list[int]:
    """PIDs of the processes whose parent is `pid` (read from /proc)."""
    trouves = []
    for entree in Path("/proc").iterdir():
        if not entree.name.isdigit():
            continue
        try:
            statut = (entree / "status").read_text()
        except OSError:
            continue
        ligne = next((x for x in statut.splitlines() if x.startswith("PPid:")), "")
        if ligne.split()[-1:] == [str(pid)]:
            trouves.append(int(entree.name))
    return trouves


def _vivant(pid: int) -> bool:
    try:
        statut = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in statut  # a zombie has exited


def _lancer(echantillon, sortie, nouveau_groupe=False, moteur=()):
    return subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "lot", str(echantillon), "--periode", "2026-11", "-o", str(sortie),
         "--processus", "2", "--taille-lot", "5000", "-q", *moteur],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=nouveau_groupe,
    )


def _travailleurs(pid: int) -> list[int]:
    """The pool's (or the cluster's) worker processes: spawned with the multiprocessing resource tracker."""
    trouves = []
    for enfant in _enfants(pid):
        try:
            if "spawn_main" in Path(f"/proc/{enfant}/cmdline").read_text(errors="replace"):
                trouves.append(enfant)
        except OSError:
            continue
    return trouves


def _attendre_le_calcul(lot: subprocess.Popen, dossier: Path) -> list[int]:
    """Wait until the two workers run and the backend is up: the command opens its outputs (their two
    hidden temporary names appear) once its workers have built their tax-benefit systems, and hands
    them chunks from then on (a signal during the workers' start-up is not seen: see lot.grappe).
    Polled, not slept: the signal goes as soon as the chunks are being computed."""
    limite = time.monotonic() + ATTENTE_S
    while time.monotonic() < limite:
        travailleurs = _travailleurs(lot.pid)
        if len(travailleurs) >= 2 and sum(p.name.endswith(".tmp") for p in dossier.iterdir()) >= 2:
            return travailleurs
        if lot.poll() is not None:
            pytest.fail("le lot s'est terminé avant d'avoir démarré ses processus : " + lot.stderr.read())
        time.sleep(0.02)
    pytest.fail("les processus de calcul n'ont pas démarré")


def _attendre_la_fin(pids: list[int], secondes: float = 15) -> list[int]:
    limite = time.monotonic() + secondes
    while time.monotonic() < limite and any(_vivant(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _vivant(p)]


@pytest.mark.parametrize(
    ("signal_envoye", "code", "message"),
    [
        (signal.SIGTERM, 143, "Interrompu par le signal SIGTERM : calcul arrêté, aucun fichier n'a été écrit à moitié.\n"),
        (signal.SIGINT, 130, "Interrompu.\n"),
    ],
    ids=["sigterm", "ctrl_c"],
)
def test_un_lot_interrompu_arrete_ses_processus_et_ne_laisse_aucun_fichier(tmp_path, echantillon, signal_envoye, code, message):
    sortie = tmp_path / "resultats.parquet"
    lot = _lancer(echantillon, sortie, nouveau_groupe=signal_envoye == signal.SIGINT)
    travailleurs = _attendre_le_calcul(lot, tmp_path)
    if signal_envoye == signal.SIGINT:
        os.killpg(lot.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole process group
    else:
        lot.send_signal(signal.SIGTERM)  # `kill PID`: the parent only
    _, erreurs = lot.communicate(timeout=ATTENTE_S)
    assert (lot.returncode, erreurs) == (code, message)
    assert _attendre_la_fin(travailleurs) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_les_processus_de_calcul_s_arretent_seuls_quand_le_lot_est_tue(tmp_path, echantillon):
    lot = _lancer(echantillon, tmp_path / "resultats.parquet")
    travailleurs = _attendre_le_calcul(lot, tmp_path)
    lot.send_signal(signal.SIGKILL)  # no handler can run: the workers must notice by themselves
    lot.wait(timeout=ATTENTE_S)
    assert _attendre_la_fin(travailleurs) == []


def test_le_temporaire_d_un_lot_tue_est_retire_par_le_lot_suivant(tmp_path, echantillon, cli):
    sortie = tmp_path / "resultats.parquet"
    mort = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    orphelin = tmp_path / f".resultats.parquet.{int(mort.stdout)}.x1y2z3.tmp"  # as a SIGKILL mid-write leaves it
    orphelin.write_bytes(b"\0" * 4096)
    petit = tmp_path / "petit"
    petit.mkdir()
    pd.read_parquet(echantillon / "menages.parquet").head(50).to_parquet(petit / "menages.parquet")
    pd.read_parquet(echantillon / "individus.parquet").head(50).to_parquet(petit / "individus.parquet")
    fait = cli("lot", petit, "--periode", "2026-11", "-o", sortie, "-q")  # the next lot (in-process: the same command)
    assert fait.returncode == 0, fait.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["petit", "resultats.parquet", "resultats.parquet.rejets.csv"]


def test_un_lot_sur_dask_interrompu_par_ctrl_c_arrete_son_cluster_sans_trace_et_sans_fichier(tmp_path, echantillon):
    """Ctrl-C reaches the whole process group, Dask's workers included: only the command answers, once."""
    pytest.importorskip("distributed")
    sortie = tmp_path / "resultats"
    lot = _lancer(echantillon, sortie, nouveau_groupe=True, moteur=("--moteur", "dask"))
    travailleurs = _attendre_le_calcul(lot, tmp_path)  # the cluster is up once the outputs' temporary names appear
    os.killpg(lot.pid, signal.SIGINT)
    _, erreurs = lot.communicate(timeout=ATTENTE_S)
    assert (lot.returncode, erreurs) == (130, "Interrompu.\n")
    assert _attendre_la_fin(travailleurs) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []
