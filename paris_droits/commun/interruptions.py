"""Interruptions (Ctrl-C, SIGTERM) that are never lost.

Python raises the interruption's exception wherever the main thread happens to be when the signal
arrives. Inside a garbage-collector callback or a finaliser (Dask's `distributed` registers a gc
callback) the exception is printed as « Exception ignored » and dropped: the command would then run
to its end and exit 0, as if nobody had pressed Ctrl-C. So the command line's handler notes the
signal before raising, and the places where stopping is safe — each chunk handed back by a batch
backend, each file about to replace its target — raise it again if it was dropped (`verifier`).
An interruption that was caught and handled (the interactive questions save the answers given)
is acknowledged (`acquitter`), so that the handling itself may write its file.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator

_RECUS: list[int] = []


class ArretParSignal(KeyboardInterrupt):
    """SIGTERM (an operator's `kill`, a scheduler's stop) as an exception, so that every `finally`
    and `except BaseException` runs: process pools stopped, temporary files removed."""

    def __init__(self, numero: int) -> None:
        super().__init__(numero)
        self.numero = numero


def _exception(numero: int) -> KeyboardInterrupt:
    return KeyboardInterrupt() if numero == signal.SIGINT else ArretParSignal(numero)


def _sur_signal(numero, _cadre) -> None:
    _RECUS.append(numero)  # kept if the exception raised below is dropped
    raise _exception(numero)


@contextlib.contextmanager
def surveillees() -> Iterator[None]:
    """While a command runs: SIGINT and SIGTERM raise their exception and are noted (main thread only, as
    signal handlers are); the previous handlers and no note afterwards (a command run in-process by tests)."""
    anciens = {numero: signal.getsignal(numero) for numero in (signal.SIGINT, signal.SIGTERM)}
    crochet = sys.unraisablehook

    def taire(perdue) -> None:
        # Python would print the dropped interruption as « Exception ignored … Traceback »: it is noted and
        # raised again at the next safe place, so the user reads one French sentence, never a traceback.
        if not isinstance(perdue.exc_value, KeyboardInterrupt):
            crochet(perdue)

    _RECUS.clear()
    for numero in anciens:
        signal.signal(numero, _sur_signal)
    sys.unraisablehook = taire
    try:
        yield
    finally:
        sys.unraisablehook = crochet
        for numero, ancien in anciens.items():
            signal.signal(numero, ancien if ancien is not None else signal.SIG_DFL)
        _RECUS.clear()


def verifier() -> None:
    """Raise again an interruption received and not acknowledged: a safe place to stop."""
    if _RECUS:
        raise _exception(_RECUS[0])


def acquitter() -> None:
    """The interruption was caught and is being handled: it need not be raised again."""
    _RECUS.clear()
