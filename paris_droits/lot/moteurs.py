"""Where a batch computes: the backend a command chooses (`--moteur`, `--processus`, `--planificateur`).

- `local` with one process: chunks computed one after the other in this process;
- `local` with N processes: a pool of N worker processes on this machine (paris_droits.lot.processus);
- `dask`: a Dask cluster, local (N worker processes) or reached at a scheduler address
  (paris_droits.lot.grappe).

Every backend runs the same chunk function on the same chunks and hands the results back in
order, so the results are identical whatever the backend (tested). `ouvrir` opens a backend
once for a command: the workers and their tax-benefit systems serve every run of tasks (several
months, a reform grid, the baseline then the reform).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.execution import ExecutionLocale

MOTEURS = ("local", "dask")
PROCESSUS_MAX = 64
EN_VOL_PAR_PROCESSUS = 2  # chunks in flight (or waiting to be handed back) per worker


@dataclass(frozen=True)
class Moteur:
    """The backend asked for; `memoire`: a Dask LocalCluster's memory limit per worker (« 1GB »)."""

    nom: str = "local"
    processus: int = 1
    planificateur: str | None = None
    memoire: str | int | None = None

    @property
    def parallele(self) -> bool:
        return self.nom == "dask" or self.processus > 1


def moteur(nom: str = "local", processus: int = 1, planificateur: str | None = None, memoire=None) -> Moteur:
    """Validate a backend choice; French errors name the option."""
    if nom not in MOTEURS:
        raise ErreurEntree(f"Le champ « moteur » vaut « {nom} » : choisissez parmi {', '.join(MOTEURS)}.", champ="moteur")
    if isinstance(processus, bool) or not isinstance(processus, int) or not 1 <= processus <= PROCESSUS_MAX:
        raise ErreurEntree(
            f"Le champ « processus » doit être un nombre entier de 1 à {PROCESSUS_MAX}, pas « {processus} ».", champ="processus"
        )
    if planificateur is not None:
        if nom != "dask":
            raise ErreurEntree(
                "L'option « --planificateur » ne s'emploie qu'avec « --moteur dask ».", champ="planificateur"
            )
        if not str(planificateur).strip() or "://" not in str(planificateur):
            raise ErreurEntree(
                f"Le champ « planificateur » doit être l'adresse d'un planificateur Dask, par exemple tcp://hote:8786, "
                f"pas « {planificateur} ».",
                champ="planificateur",
            )
    return Moteur(nom, processus, planificateur, memoire)


def est_ouvert(objet) -> bool:
    """An open backend (what `ouvrir` yields) rather than a choice."""
    return hasattr(objet, "executer") and hasattr(objet, "fermer")


@contextlib.contextmanager
def ouvrir(choix, prechauffer=None, arguments: tuple = ()):
    """The backend open for the `with` block: an ExecutionLocale, a local pool or a Dask client.

    `choix`: a Moteur, None (one local process), or an already open backend (used as is, left open).
    `prechauffer(*arguments)` runs once in each worker as it starts (build the tax-benefit system).
    """
    if est_ouvert(choix):
        yield choix
        return
    choix = choix or Moteur()
    if choix.nom == "dask":
        from paris_droits.lot.grappe import ExecutionDask

        execution = ExecutionDask(choix.processus, EN_VOL_PAR_PROCESSUS, choix.planificateur, choix.memoire, prechauffer, arguments)
    elif choix.processus > 1:
        from paris_droits.lot.processus import ExecutionPool

        execution = ExecutionPool(choix.processus, EN_VOL_PAR_PROCESSUS, prechauffer, arguments)
    else:
        execution = ExecutionLocale()
    try:
        yield execution
    except BaseException:
        arreter = getattr(execution, "arreter", None)
        if arreter is not None:
            arreter()
        raise
    finally:
        execution.fermer()
