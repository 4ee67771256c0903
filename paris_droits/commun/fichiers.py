"""Writing output files: whole or not at all, with the right permissions.

Every command that writes a file goes through `ecriture_atomique`: the content is written to a
hidden temporary file in the target folder (`.<name>.<pid>.<random>.tmp`), flushed to disk
(`fsync`), given its permissions, then renamed over the target in one step. An interrupted or
failed write never leaves a truncated file under the final name, and removes its temporary file;
a temporary file left by a process that was killed outright (SIGKILL) is removed by the next
write of the same output, once its process is gone.

A folder of files (a Parquet dataset of results) is written the same way by `dossier_atomique`:
into a hidden temporary folder `.<name>.<pid>.<random>.tmp`, renamed to its name once complete.
A previous folder of that name is first renamed aside (same pattern), then removed: at every
moment the name holds the whole old folder, nothing, or the whole new one.

Permissions: 0644 for what may be shared (aggregated reports, synthetic samples, benchmarks);
0600 for personal data (one household's rights, per-household results, outreach lists).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from paris_droits.commun import interruptions
from paris_droits.commun.erreurs import ErreurEntree

PERMISSIONS_PUBLIQUES = 0o644
PERMISSIONS_PERSONNELLES = 0o600
SUFFIXE_TEMPORAIRE = ".tmp"


def _motif_temporaire(nom: str) -> re.Pattern:
    return re.compile(rf"^\.{re.escape(nom)}\.(\d+)\.[^.]+{re.escape(SUFFIXE_TEMPORAIRE)}$")


def _processus_vivant(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def nettoyer_temporaires(chemin: str | Path) -> list[Path]:
    """Remove the temporary files of `chemin` left by processes that no longer exist."""
    chemin = Path(chemin)
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    motif = _motif_temporaire(chemin.name)
    retires = []
    if not dossier.is_dir():
        return retires
    for candidat in dossier.iterdir():
        trouve = motif.match(candidat.name)
        if trouve and int(trouve.group(1)) != os.getpid() and not _processus_vivant(int(trouve.group(1))):
            with contextlib.suppress(OSError):
                if candidat.is_dir():
                    _retirer_dossier(candidat)
                else:
                    candidat.unlink()
                retires.append(candidat)
    return retires


def _retirer_dossier(dossier: Path) -> None:
    for enfant in sorted(dossier.rglob("*"), reverse=True):
        enfant.rmdir() if enfant.is_dir() else enfant.unlink()
    dossier.rmdir()


def verifier_sortie(chemin: str | Path, champ: str = "sortie", creer_dossier: bool = False) -> Path:
    """Refuse, before any computation, an output whose folder is missing or not writable."""
    chemin = Path(chemin)
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    if creer_dossier and not dossier.exists():
        try:
            dossier.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise ErreurEntree(f"Le dossier « {dossier} » du fichier de sortie ne peut pas être créé.", champ=champ) from None
    if not dossier.is_dir():
        raise ErreurEntree(f"Le dossier « {dossier} » du fichier de sortie n'existe pas.", champ=champ, fichier=str(chemin))
    if not os.access(dossier, os.W_OK | os.X_OK):
        raise ErreurEntree(
            f"Le dossier « {dossier} » du fichier de sortie n'est pas accessible en écriture.", champ=champ, fichier=str(chemin)
        )
    if chemin.is_dir():
        raise ErreurEntree(f"La sortie « {chemin} » est un dossier : indiquez un nom de fichier.", champ=champ, fichier=str(chemin))
    return chemin


@contextlib.contextmanager
def _signaux_differes() -> Iterator[None]:
    """SIGINT and SIGTERM wait while a temporary name is created and recorded, so that an interruption
    never falls between the two and leaves a temporary file behind.

    Python runs signal handlers in the main thread only, whichever thread the kernel hands the signal to
    (a process with a Dask client or a thread pool has several): blocking the signal in the main thread
    would not stop another thread from receiving it and the main thread from running its handler. So the
    handlers themselves are replaced for the moment by one that notes the signal, which is raised again,
    to the handlers restored, once the name is recorded. Other threads are never interrupted by a signal."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    recus: list[int] = []

    def noter(numero, _cadre):
        recus.append(numero)

    anciens = {numero: signal.signal(numero, noter) for numero in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for numero, ancien in anciens.items():
            signal.signal(numero, ancien if ancien is not None else signal.SIG_DFL)
        for numero in dict.fromkeys(recus):
            signal.raise_signal(numero)


@contextlib.contextmanager
def ecriture_atomique(chemin: str | Path, personnel: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to `chemin`; write to it; on success it replaces `chemin`.

    The caller writes the temporary path by any means (pandas, openpyxl, plain text). On an
    exception or an interruption the temporary file is removed and the target left untouched.
    """
    chemin = Path(chemin)
    dossier = chemin.parent if str(chemin.parent) else Path(".")
    nettoyer_temporaires(chemin)
    temporaire = None
    try:
        with _signaux_differes():
            descripteur, nom = tempfile.mkstemp(dir=dossier, prefix=f".{chemin.name}.{os.getpid()}.", suffix=SUFFIXE_TEMPORAIRE)
            temporaire = Path(nom)
            os.close(descripteur)
        yield temporaire
        with open(temporaire, "rb+") as flux:
            os.fsync(flux.fileno())
        os.chmod(temporaire, PERMISSIONS_PERSONNELLES if personnel else PERMISSIONS_PUBLIQUES)
        interruptions.verifier()  # an interruption dropped on the way: the target stays as it was
        os.replace(temporaire, chemin)
    except BaseException:
        if temporaire is not None:
            with contextlib.suppress(OSError):
                temporaire.unlink()
        raise
    _synchroniser_dossier(dossier)


def _synchroniser_dossier(dossier: Path) -> None:
    """Make the rename itself durable (best effort: some file systems refuse to open a folder)."""
    with contextlib.suppress(OSError):
        descripteur = os.open(dossier, os.O_RDONLY)
        try:
            os.fsync(descripteur)
        finally:
            os.close(descripteur)


def ecrire_texte(chemin: str | Path, texte: str, personnel: bool = False) -> Path:
    """Write a text file (UTF-8) atomically."""
    chemin = Path(chemin)
    with ecriture_atomique(chemin, personnel) as temporaire:
        temporaire.write_text(texte, encoding="utf-8")
    return chemin


def _fsync_fichiers(dossier: Path) -> None:
    for fichier in sorted(dossier.rglob("*")):
        if fichier.is_file():
            with open(fichier, "rb") as flux:
                os.fsync(flux.fileno())
        _synchroniser_dossier(fichier if fichier.is_dir() else fichier.parent)


@contextlib.contextmanager
def dossier_atomique(chemin: str | Path, personnel: bool = False) -> Iterator[Path]:
    """Yield a temporary folder next to `chemin`; fill it; on success it takes the place of `chemin`.

    `personnel`: the folder 0700 and its files 0600 (per-household results). On an exception or an
    interruption the temporary folder is removed and `chemin` left as it was."""
    chemin = Path(chemin)
    parent = chemin.parent if str(chemin.parent) else Path(".")
    nettoyer_temporaires(chemin)
    temporaire = None
    try:
        with _signaux_differes():
            temporaire = Path(tempfile.mkdtemp(dir=parent, prefix=f".{chemin.name}.{os.getpid()}.", suffix=SUFFIXE_TEMPORAIRE))
        yield temporaire
        _fsync_fichiers(temporaire)
        for fichier in temporaire.rglob("*"):
            os.chmod(fichier, (0o700 if personnel else 0o755) if fichier.is_dir() else
                     (PERMISSIONS_PERSONNELLES if personnel else PERMISSIONS_PUBLIQUES))
        os.chmod(temporaire, 0o700 if personnel else 0o755)
        ancien = None
        with _signaux_differes():  # the old folder set aside and the new one in place, without a pause
            if chemin.exists():
                ancien = Path(tempfile.mkdtemp(dir=parent, prefix=f".{chemin.name}.{os.getpid()}.", suffix=SUFFIXE_TEMPORAIRE))
                os.replace(chemin, ancien)  # an empty folder is replaced in one step
            os.replace(temporaire, chemin)
    except BaseException:
        if temporaire is not None:
            shutil.rmtree(temporaire, ignore_errors=True)
        raise
    _synchroniser_dossier(parent)
    if ancien is not None:
        shutil.rmtree(ancien, ignore_errors=True)
