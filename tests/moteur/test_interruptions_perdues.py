"""A Ctrl-C whose KeyboardInterrupt is dropped (raised inside a garbage-collector callback, as Dask's `distributed`
registers one) is raised again at the next safe place: the next chunk of a batch, the next file about to be written."""

from __future__ import annotations

import gc
import signal
import subprocess
import sys

import pytest

from paris_droits.commun import interruptions
from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.lot.execution import ExecutionLocale, en_ordre


@pytest.fixture
def ctrl_c_perdu():
    """The command line's handlers, then a SIGINT delivered inside a gc callback, where Python drops its exception."""
    with interruptions.surveillees():
        _perdre_un_ctrl_c()
        yield


def _perdre_un_ctrl_c() -> None:
    def rappel(phase, _info):
        if phase == "start":
            gc.callbacks.remove(rappel)
            signal.raise_signal(signal.SIGINT)

    gc.callbacks.append(rappel)
    gc.collect()  # the KeyboardInterrupt raised in the callback is dropped, and the program goes on


PERTE = """
import gc, signal, sys
from paris_droits.commun import interruptions
def rappel(phase, _info):
    if phase == "start":
        gc.callbacks.remove(rappel)
        signal.raise_signal(signal.SIGINT)
gc.callbacks.append(rappel)
if sys.argv[1] == "commande":
    with interruptions.surveillees():
        gc.collect()
else:
    gc.collect()
print("suite")
"""


@pytest.mark.parametrize("cadre", ["commande", "python"])
def test_l_interruption_perdue_n_affiche_aucune_trace_dans_une_commande(cadre):
    # In a fresh interpreter (pytest catches unraisable exceptions itself): Python prints the dropped
    # KeyboardInterrupt's traceback; a command prints nothing (it raises it again at its next safe place).
    sortie = subprocess.run([sys.executable, "-c", PERTE, cadre], capture_output=True, text=True, timeout=60)
    assert sortie.stdout == "suite\n"
    if cadre == "commande":
        assert sortie.stderr == ""
    else:
        assert "Exception ignored" in sortie.stderr and "KeyboardInterrupt" in sortie.stderr


def test_l_interruption_perdue_arrete_le_lot_au_morceau_suivant(ctrl_c_perdu):
    calcules = []
    with pytest.raises(KeyboardInterrupt):
        for _ in ExecutionLocale().executer([(1, (rang,)) for rang in range(3)], calcules.append):
            pass
    assert calcules == [0]  # the first chunk's result is never handed over


def test_l_interruption_perdue_arrete_aussi_les_moteurs_paralleles_entre_deux_morceaux(ctrl_c_perdu):
    faits = {}
    with pytest.raises(KeyboardInterrupt):
        list(en_ordre([(1, (rang,)) for rang in range(3)], lambda a: faits.setdefault(a[0], a[0]),
                      lambda poignees: [(p, p) for p in poignees], limite=1))


def test_l_interruption_perdue_laisse_le_fichier_vise_intact(ctrl_c_perdu, tmp_path):
    cible = tmp_path / "resultats.csv"
    cible.write_text("avant\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        ecrire_texte(cible, "après\n")
    assert cible.read_text(encoding="utf-8") == "avant\n" and [p.name for p in tmp_path.iterdir()] == ["resultats.csv"]


def test_une_interruption_prise_en_charge_n_empeche_pas_d_ecrire(ctrl_c_perdu, tmp_path):
    interruptions.acquitter()  # the interactive questions catch it and save the answers given
    assert ecrire_texte(tmp_path / "reponses.yaml", "periode: 2026-11\n").read_text(encoding="utf-8") == "periode: 2026-11\n"


def test_les_gestionnaires_et_les_notes_ne_survivent_pas_a_la_commande(tmp_path):
    avant = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), interruptions.surveillees():
        signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is avant
    interruptions.verifier()  # nothing noted any more
    assert ecrire_texte(tmp_path / "f.txt", "x").exists()
