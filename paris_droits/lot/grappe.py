"""The Dask backend: the same chunk tasks as the local pool, computed on a Dask cluster.

- Without a scheduler address, a `LocalCluster` of `processus` worker processes (one thread
  each) is started for the command and stopped at its end; its workers are started while this
  process ignores SIGINT (an ignored signal stays ignored across exec, whatever thread starts
  them), so a Ctrl-C in a terminal stops the command once, without each worker printing its own
  traceback (as for the local pool, a Ctrl-C during the two or three seconds of the start-up is
  not seen; the next one is). The workers exit by themselves when this process dies.
- With `planificateur` (tcp://host:8786), the command is a client of an existing cluster
  (`dask scheduler` and `dask worker`, Kubernetes, SLURM…): its workers must have the same
  version of paris-droits installed. Nothing but the chunks travels: a parametric reform is sent
  as data (paris_droits.regles.reformes.ReformeDonnees), never as a file path.
- A chunk that several tasks read (the same households under each reform of a grid) is sent to
  the cluster once (`scatter`) and kept there while this process holds it.
- At most `en_vol` tasks per worker are in flight or waiting to be handed back in order
  (paris_droits.lot.execution): the memory of the client and of the workers stays bounded.
"""

from __future__ import annotations

import logging
import signal
import threading
import weakref

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.execution import en_ordre

DELAI_CONNEXION_S = 10


def importer_distributed():
    """The `distributed` package, or a French error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise ErreurEntree(
            "Le moteur « dask » demande le paquet dask[distributed] : installez-le avec "
            "pip install 'paris-droits[dask]' (ou pip install 'dask[distributed]').",
            champ="moteur",
        ) from None
    return distributed


def _cluster_local(distributed, processus: int, memoire):
    """A LocalCluster whose workers are started while SIGINT is ignored (see the module docstring)."""
    principal = threading.current_thread() is threading.main_thread()
    precedent = signal.signal(signal.SIGINT, signal.SIG_IGN) if principal else None
    try:
        return distributed.LocalCluster(
            n_workers=processus, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.CRITICAL, memory_limit=memoire if memoire is not None else "auto",
        )
    finally:
        if principal:
            signal.signal(signal.SIGINT, precedent)


def _client(distributed, planificateur: str):
    try:
        return distributed.Client(planificateur, timeout=DELAI_CONNEXION_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError):
        raise ErreurEntree(
            f"Le planificateur Dask « {planificateur} » ne répond pas (délai {DELAI_CONNEXION_S} s) : vérifiez son adresse "
            "(par exemple tcp://hote:8786) et qu'un « dask scheduler » y tourne.",
            champ="planificateur",
        ) from None


class ExecutionDask:
    """A Dask client (and its LocalCluster when no scheduler is given), open for one command."""

    def __init__(self, processus: int, en_vol: int, planificateur: str | None = None, memoire=None,
                 prechauffer=None, arguments: tuple = ()):
        distributed = importer_distributed()
        self._wait = distributed.wait
        self.cluster = self.client = None
        try:
            if not planificateur:
                self.cluster = _cluster_local(distributed, processus, memoire)
            self.client = _client(distributed, planificateur) if planificateur else distributed.Client(self.cluster, set_as_default=False)
            self.processus = max(1, len(self.client.scheduler_info().get("workers", {}))) if planificateur else processus
            self.en_vol = en_vol
            if prechauffer is not None:
                self._prechauffer(prechauffer, arguments)
        except BaseException:
            self.fermer()
            raise

    def _prechauffer(self, prechauffer, arguments: tuple) -> None:
        """Build the tax-benefit system on every worker now (they keep it for the next tasks)."""
        try:
            self.client.run(prechauffer, *arguments)
        except ModuleNotFoundError as erreur:
            raise ErreurEntree(
                f"Les travailleurs Dask ne trouvent pas le module « {erreur.name} » : installez paris-droits "
                "(la même version) sur chaque machine du cluster.",
                champ="planificateur",
            ) from None

    def _partager(self, objet, partages: dict):
        """The object sent once to the cluster, as a future kept while the object lives here."""
        cle = id(objet)
        if cle not in partages:
            partages[cle] = self.client.scatter(objet, hash=False)
            weakref.finalize(objet, partages.pop, cle, None)
        return partages[cle]

    def executer(self, taches, fonction, avancer=lambda taille: None, partager: tuple[int, ...] = ()):
        """(rank, fonction(*arguments)) for `taches` = iterable of (size, arguments), in rank order;
        the arguments at the positions `partager` are scattered once per object."""
        partages: dict = {}
        en_cours: set = set()

        def soumettre(arguments):
            arguments = tuple(self._partager(a, partages) if rang in partager else a for rang, a in enumerate(arguments))
            futur = self.client.submit(fonction, *arguments, pure=False)
            en_cours.add(futur)
            return futur

        def attendre(poignees):
            with self.client.as_current():  # distributed.wait reads the current client
                faits = self._wait(poignees, return_when="FIRST_COMPLETED").done
            recus = [(futur, futur.result()) for futur in faits]
            for futur in faits:
                en_cours.discard(futur)
                futur.release()
            return recus

        try:
            yield from en_ordre(taches, soumettre, attendre, self.en_vol * self.processus, avancer)
        except BaseException:
            self.client.cancel(list(en_cours))
            raise
        finally:
            partages.clear()

    def fermer(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
