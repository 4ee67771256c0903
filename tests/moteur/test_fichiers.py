"""One atomic-write helper for every output: whole or nothing, permissions, stale temporary files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import (
    ecrire_texte,
    ecriture_atomique,
    nettoyer_temporaires,
    verifier_sortie,
)


def test_un_fichier_partageable_est_en_0644_et_un_fichier_personnel_en_0600(tmp_path):
    public = ecrire_texte(tmp_path / "rapport.html", "<p>agrégats</p>")
    personnel = ecrire_texte(tmp_path / "fiche.html", "<p>un ménage</p>", personnel=True)
    assert oct(public.stat().st_mode & 0o777) == oct(0o644)
    assert oct(personnel.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fiche.html", "rapport.html"]


def test_une_ecriture_qui_echoue_laisse_l_ancien_fichier_et_aucun_temporaire(tmp_path):
    cible = tmp_path / "resultats.csv"
    cible.write_text("ancien\n", encoding="utf-8")
    with pytest.raises(RuntimeError), ecriture_atomique(cible) as temporaire:
        temporaire.write_text("moitié", encoding="utf-8")
        raise RuntimeError("panne au milieu de l'écriture")
    assert cible.read_text(encoding="utf-8") == "ancien\n"
    assert [p.name for p in tmp_path.iterdir()] == ["resultats.csv"]


def test_le_temporaire_d_un_processus_tue_est_retire_a_l_ecriture_suivante(tmp_path):
    cible = tmp_path / "resultats.parquet"
    mort = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    pid_mort = int(mort.stdout)
    orphelin = tmp_path / f".resultats.parquet.{pid_mort}.abc123.tmp"
    orphelin.write_bytes(b"x" * 1000)
    vivant = tmp_path / f".resultats.parquet.{os.getppid()}.def456.tmp"  # a live process: kept
    vivant.write_bytes(b"y")
    autre = tmp_path / f".autre.parquet.{pid_mort}.abc123.tmp"  # another output: kept
    autre.write_bytes(b"z")
    ecrire_texte(cible, "nouveau")
    assert not orphelin.exists()
    assert vivant.exists() and autre.exists()
    assert nettoyer_temporaires(cible) == []


@pytest.mark.parametrize(
    ("sortie", "message"),
    [
        ("absent/x.csv", "Le dossier « {d}/absent » du fichier de sortie n'existe pas."),
        ("lecture_seule/x.csv", "Le dossier « {d}/lecture_seule » du fichier de sortie n'est pas accessible en écriture."),
        ("un_dossier", "La sortie « {d}/un_dossier » est un dossier : indiquez un nom de fichier."),
    ],
)
def test_une_sortie_impossible_est_refusee_en_francais_avant_tout_calcul(tmp_path, sortie, message):
    (tmp_path / "lecture_seule").mkdir(mode=0o555)
    (tmp_path / "un_dossier").mkdir()
    dossier = tmp_path
    if os.geteuid() == 0 and "lecture_seule" in sortie:
        # root ignores a folder's mode: take a folder of a read-only file system instead.
        if os.access("/proc/sys", os.W_OK):
            pytest.skip("aucun dossier en lecture seule pour root sur cette machine")
        dossier, sortie, message = Path("/proc"), "sys/x.csv", message.replace("lecture_seule", "sys")
    with pytest.raises(ErreurEntree) as erreur:
        verifier_sortie(dossier / sortie)
    assert erreur.value.message == message.format(d=dossier)


def _pid_mort() -> int:
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True).stdout)


def test_un_dossier_s_ecrit_en_entier_ou_pas_du_tout_et_ses_temporaires_orphelins_sont_retires(tmp_path):
    from paris_droits.commun.fichiers import dossier_atomique

    cible = tmp_path / "resultats"
    orphelin = tmp_path / f".resultats.{_pid_mort()}.abc123.tmp"  # left by a run killed (SIGKILL) mid-write
    (orphelin / "sous").mkdir(parents=True)
    (orphelin / "sous" / "part-0.parquet").write_bytes(b"\0" * 16)
    with dossier_atomique(cible, personnel=True) as temporaire:
        (temporaire / "part-0.parquet").write_bytes(b"un")
        assert not cible.exists()  # nothing under the final name while it is written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["resultats"]
    assert oct(cible.stat().st_mode & 0o777) == oct(0o700) and oct((cible / "part-0.parquet").stat().st_mode & 0o777) == oct(0o600)
    with pytest.raises(RuntimeError), dossier_atomique(cible) as temporaire:
        (temporaire / "part-0.parquet").write_bytes(b"deux")
        raise RuntimeError("panne au milieu")
    assert (cible / "part-0.parquet").read_bytes() == b"un"
    with dossier_atomique(cible) as temporaire:
        (temporaire / "autre.parquet").write_bytes(b"trois")
    assert [p.name for p in cible.iterdir()] == ["autre.parquet"]  # replaced whole, not merged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["resultats"]


def test_un_ctrl_c_recu_par_un_autre_fil_pendant_la_creation_du_temporaire_ne_laisse_aucun_temporaire(tmp_path):
    """The process has another thread (as with a Dask client): the kernel may hand SIGINT to it, and Python then
    runs the handler in the main thread. A SIGINT sent while the temporary name is being created waits until the
    name is recorded, then interrupts: the temporary file is removed and the target never appears."""
    import os
    import signal
    import threading
    import time

    from paris_droits.commun import fichiers

    cible = tmp_path / "r.csv"
    arret = threading.Event()
    autre = threading.Thread(target=arret.wait)  # a second thread, as a Dask client or a pool has
    autre.start()
    creer = fichiers.tempfile.mkstemp

    def creer_pendant_un_ctrl_c(*arguments, **options):
        cree = creer(*arguments, **options)
        os.kill(os.getpid(), signal.SIGINT)  # arrives right after the file exists, before its name is recorded
        time.sleep(0.2)  # the other thread has run the C handler: an undeferred Python handler runs on return
        return cree

    try:
        fichiers.tempfile.mkstemp = creer_pendant_un_ctrl_c
        with pytest.raises(KeyboardInterrupt), fichiers.ecriture_atomique(cible) as temporaire:
            temporaire.write_text("a\n", encoding="utf-8")
            pytest.fail("the interruption must come before the caller writes")
    finally:
        fichiers.tempfile.mkstemp = creer
        arret.set()
        autre.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
