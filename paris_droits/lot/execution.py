"""Running chunk tasks and handing their results back in order: what every backend shares.

A task is `(size, arguments)`: `fonction(*arguments)` computes it, `size` (households) feeds the
progress bar. Every backend (this process, the local process pool of paris_droits.lot.processus, a
Dask cluster in paris_droits.lot.grappe) yields `(rank, result)` in the order of the tasks, with at
most `limite` tasks submitted and not yet handed back: the memory held by chunks in flight and by
results waiting for an earlier one stays bounded, whatever the number of tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from paris_droits.commun import interruptions


def _rien(_taille: int) -> None:
    """No progress bar."""


def en_ordre(
    taches: Iterable[tuple[int, tuple]],
    soumettre: Callable[[tuple], object],
    attendre: Callable[[list], Iterable[tuple[object, object]]],
    limite: int,
    avancer: Callable[[int], None] = _rien,
) -> Iterator[tuple[int, object]]:
    """(rank, result) of each task, in rank order.

    `soumettre(arguments)` starts a task and returns a hashable handle; `attendre(handles)` blocks
    until at least one is done and returns (handle, result) for those done.
    """
    en_cours: dict = {}
    prets: dict[int, object] = {}
    suivant = 0

    def recevoir() -> None:
        for poignee, resultat in attendre(list(en_cours)):
            rang, taille = en_cours.pop(poignee)
            prets[rang] = resultat
            avancer(taille)

    for rang, (taille, arguments) in enumerate(taches):
        while len(en_cours) + len(prets) >= max(1, limite):
            recevoir()
            while suivant in prets:
                interruptions.verifier()  # a Ctrl-C dropped while waiting (paris_droits.commun.interruptions)
                yield suivant, prets.pop(suivant)
                suivant += 1
        en_cours[soumettre(arguments)] = (rang, taille)
    while en_cours:
        recevoir()
        while suivant in prets:
            interruptions.verifier()
            yield suivant, prets.pop(suivant)
            suivant += 1


class ExecutionLocale:
    """Tasks computed one after the other in this process."""

    processus = 1

    def executer(self, taches, fonction: Callable, avancer: Callable[[int], None] = _rien,
                 partager: tuple[int, ...] = ()) -> Iterator[tuple[int, object]]:
        for rang, (taille, arguments) in enumerate(taches):
            resultat = fonction(*arguments)
            avancer(taille)
            interruptions.verifier()
            yield rang, resultat

    def fermer(self) -> None:
        """Nothing to stop."""
