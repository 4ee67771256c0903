"""The local process pool: chunks of households computed by worker processes that never outlive the run.

- Workers are started with `spawn` (pyarrow and OpenMP keep threads that a fork would copy mid-lock).
- A worker exits by itself when its parent dies, even of SIGKILL: Linux's parent-death signal
  (`prctl(PR_SET_PDEATHSIG)`), and a watchdog thread that checks the parent is still there
  (for other systems, and because the death signal follows the thread that started the worker).
- On any exception or interruption of the parent (Ctrl-C, SIGTERM turned into an exception by
  the command line), queued chunks are cancelled and the workers terminated before it re-raises.
  Workers ignore SIGINT (they are started while the parent ignores it, and an ignored signal stays
  ignored across exec): a Ctrl-C in a terminal reaches the whole process group, and only the parent
  should act on it, once, without a worker printing its own traceback.
- At most `en_vol` chunks per worker are queued or waiting to be handed back in order: that bounds
  the memory held by pickled chunks and their results (paris_droits.lot.execution).
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time

from paris_droits.lot.execution import en_ordre

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
VEILLE_PARENT_S = 0.5  # how often the watchdog looks for the parent
ATTENTE_ARRET_S = 5.0  # how long terminated workers get to exit before SIGKILL


def lier_au_parent(pid_parent: int) -> None:
    """In a worker: die with the parent process."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
    if os.getppid() != pid_parent:  # the parent died before the death signal was set
        os._exit(1)

    def veiller() -> None:
        while os.getppid() == pid_parent:
            time.sleep(VEILLE_PARENT_S)
        os._exit(1)

    threading.Thread(target=veiller, name="veille-parent", daemon=True).start()


def _arreter(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel what is queued and stop the workers now (ProcessPoolExecutor has no public terminate
    before Python 3.14: its `_processes` are the workers)."""
    processus = list((getattr(pool, "_processes", None) or {}).values())
    for travailleur in processus:
        if travailleur.is_alive():
            travailleur.terminate()
    limite = time.monotonic() + ATTENTE_ARRET_S
    for travailleur in processus:
        travailleur.join(max(0.0, limite - time.monotonic()))
        if travailleur.is_alive():
            travailleur.kill()
            travailleur.join()
    # With its workers gone, the pool's manager thread stops; waiting for it here keeps Python's exit
    # hook from writing to its closed pipe (« Exception ignored … Bad file descriptor »).
    pool.shutdown(wait=True, cancel_futures=True)


def _rien() -> None:
    """A task that only makes the pool start one more worker."""


def _demarrer(processus: int, initialiseur, initargs: tuple) -> concurrent.futures.ProcessPoolExecutor:
    """A pool whose workers are all started now, with SIGINT ignored (see the module docstring)."""
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=processus, mp_context=multiprocessing.get_context("spawn"), initializer=initialiseur, initargs=initargs
    )
    principal = threading.current_thread() is threading.main_thread()
    precedent = signal.signal(signal.SIGINT, signal.SIG_IGN) if principal else None
    try:
        for _ in range(processus):  # a spawn pool starts one worker per submitted task, up to max_workers
            pool.submit(_rien)
    finally:
        if principal:
            signal.signal(signal.SIGINT, precedent)
    return pool


def _initialiser(pid_parent: int, prechauffer, arguments: tuple) -> None:
    lier_au_parent(pid_parent)
    if prechauffer is not None:
        prechauffer(*arguments)  # e.g. build the tax-benefit system once per worker


class ExecutionPool:
    """A local process pool, open for one command: its workers are started once and reused by every
    run of tasks (several months, a reform grid), then stopped by `fermer`."""

    def __init__(self, processus: int, en_vol: int, prechauffer=None, arguments: tuple = ()):
        self.processus = processus
        self.en_vol = en_vol
        self.pool = _demarrer(processus, _initialiser, (os.getpid(), prechauffer, arguments))
        self._arrete = False

    def executer(self, taches, fonction, avancer=lambda taille: None, partager: tuple[int, ...] = ()):
        """(rank, fonction(*arguments)) for `taches` = iterable of (size, arguments), in rank order
        (`partager` is for the Dask backend: here every task's arguments are pickled with it)."""

        def attendre(poignees):
            faits, _ = concurrent.futures.wait(poignees, return_when=concurrent.futures.FIRST_COMPLETED)
            return [(futur, futur.result()) for futur in faits]

        try:
            yield from en_ordre(
                taches, lambda arguments: self.pool.submit(fonction, *arguments), attendre, self.en_vol * self.processus, avancer
            )
        except BaseException:
            self.arreter()
            raise

    def arreter(self) -> None:
        """Stop now: queued tasks cancelled, workers terminated."""
        if not self._arrete:
            self._arrete = True
            _arreter(self.pool)

    def fermer(self) -> None:
        if not self._arrete:
            self._arrete = True
            self.pool.shutdown(wait=True)
