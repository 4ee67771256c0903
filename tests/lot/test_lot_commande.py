"""`paris-droits lot`, and atomic writing of its output. The entry point runs in a real subprocess where
processes matter (the summary line and a clean stderr, Ctrl-C, the peak memory); the refusals, the
month-partitioned output and the folder guard run in-process (the `cli` fixture: the same command)."""

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fabrique_echantillons import PERIODE, ecrire, modifier, tables

from paris_droits.lot.echantillon import ecrire_table


def _lancer(*arguments, **options):
    return subprocess.run(
        [sys.executable, "-m", "paris_droits", "lot", *map(str, arguments)],
        capture_output=True, text=True, timeout=120, **options,
    )


def test_la_commande_ecrit_les_resultats_et_les_rejets_et_resume_en_une_ligne(tmp_path):
    menages, individus = tables()
    echantillon = ecrire(tmp_path / "echantillon", menages, modifier(individus, "I7", "role", "enfant"), "csv")
    sortie = tmp_path / "resultats.parquet"
    rejets = tmp_path / "resultats.parquet.rejets.csv"

    execution = _lancer(echantillon, "--periode", PERIODE, "-o", sortie)

    assert execution.returncode == 0, execution.stderr
    assert execution.stdout == (
        f"2 ménages calculés pour {PERIODE}, 1 rejeté (voir {rejets}) ; résultats écrits dans {sortie}.\n"
    )
    assert execution.stderr == ""  # no progress bar when stderr is not a terminal
    assert pd.read_parquet(sortie)["id_menage"].tolist() == ["M1", "M2"]
    lus = pd.read_csv(rejets)
    assert lus["id_menage"].tolist() == ["M3"]
    assert lus["raison"].tolist() == [
        "Fichier « individus.csv », ligne 7, colonne « role » : le rôle « enfant » est inconnu "
        "(rôles possibles : personne_de_reference, conjoint, enfants, autres) ; vouliez-vous dire « enfants » ?"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echantillon", "resultats.parquet", "resultats.parquet.rejets.csv"]


@pytest.mark.parametrize(
    "arguments,message",
    [
        (
            ["--periode", PERIODE, "--strict"],
            "Erreur : Fichier « individus.parquet », ligne 7, colonne « role » : le rôle « enfant » est inconnu "
            "(rôles possibles : personne_de_reference, conjoint, enfants, autres) ; vouliez-vous dire « enfants » ?\n",
        ),
        (
            ["--periode", "2026-13"],
            "Erreur : Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 ».\n",
        ),
        (
            [],
            "Erreur : L'option « --periode » est obligatoire : l'échantillon ne précise pas son mois (echantillon.json) ; "
            "par exemple --periode 2026-11.\n",
        ),
    ],
    ids=["strict", "periode_invalide", "periode_absente"],
)
def test_une_erreur_donne_une_phrase_en_francais_le_code_2_et_aucun_fichier(tmp_path, cli, arguments, message):
    menages, individus = tables()
    echantillon = ecrire(tmp_path / "echantillon", menages, modifier(individus, "I7", "role", "enfant"), "parquet")
    sortie = tmp_path / "resultats.parquet"
    execution = cli("lot", echantillon, "-o", sortie, *arguments)
    assert (execution.returncode, execution.stderr, execution.stdout) == (2, message, "")
    assert not sortie.exists()
    assert "Traceback" not in execution.stderr


def test_un_echantillon_inutilisable_arrete_la_commande_meme_sans_mode_strict(tmp_path, cli):
    menages, individus = tables()
    echantillon = ecrire(tmp_path / "echantillon", menages.rename(columns={"loyer": "loyr"}), individus, "csv")
    execution = cli("lot", echantillon, "--periode", PERIODE, "-o", tmp_path / "resultats.csv")
    assert execution.returncode == 2
    assert execution.stderr == "Erreur : Fichier « menages.csv », colonne « loyr » : colonne inconnue ; vouliez-vous dire « loyer » ?\n"


class _Explosif:
    """A cell whose text representation fails: the writer stops in the middle of the file."""

    def __init__(self, exception):
        self.exception = exception

    def __str__(self):
        raise self.exception


@pytest.mark.parametrize("exception", [ValueError("échec"), KeyboardInterrupt()], ids=["erreur", "interruption"])
def test_une_ecriture_interrompue_laisse_l_ancien_fichier_intact_et_aucun_fichier_temporaire(tmp_path, exception):
    sortie = tmp_path / "resultats.csv"
    sortie.write_text("ancien contenu\n", encoding="utf-8")
    lignes = 300_000  # several write chunks go to disk before the faulty last row
    table = pd.DataFrame({"id_menage": np.arange(lignes), "montant": np.ones(lignes)})
    table["montant"] = table["montant"].astype(object)
    table.loc[lignes - 1, "montant"] = _Explosif(exception)
    with pytest.raises(type(exception)):
        ecrire_table(table, sortie)
    assert sortie.read_text(encoding="utf-8") == "ancien contenu\n"
    assert [p.name for p in tmp_path.iterdir()] == ["resultats.csv"]


def test_une_ecriture_reussie_remplace_le_fichier_d_un_coup(tmp_path):
    sortie = tmp_path / "resultats.parquet"
    sortie.write_bytes(b"ancien")
    ecrire_table(pd.DataFrame({"id_menage": [1, 2]}), sortie)
    assert pd.read_parquet(sortie)["id_menage"].tolist() == [1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["resultats.parquet"]
    assert oct(sortie.stat().st_mode & 0o777) != oct(0o600)


def test_un_lot_interrompu_pendant_l_ecriture_ne_laisse_pas_de_fichier_tronque(tmp_path):
    """Ctrl-C while the results are being written: no output at all (exit 130), never a truncated file.

    If the writing was too quick to be caught, the run completed and the file must be whole.
    """
    nombre = 100_000
    menages = pd.DataFrame({"id_menage": np.arange(nombre), "loyer": 500.0})
    individus = pd.DataFrame({"id_individu": np.arange(nombre), "id_menage": np.arange(nombre), "role": "personne_de_reference"})
    echantillon = ecrire(tmp_path / "echantillon", menages, individus, "parquet")
    sortie = tmp_path / "resultats.csv"
    processus = subprocess.Popen(
        [sys.executable, "-m", "paris_droits", "lot", str(echantillon), "--periode", PERIODE, "-o", str(sortie)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    limite = time.monotonic() + 60
    while processus.poll() is None and time.monotonic() < limite:
        if any(p.endswith(".tmp") for p in os.listdir(tmp_path)):
            processus.send_signal(signal.SIGINT)
            break
        time.sleep(0.005)
    _, erreurs = processus.communicate(timeout=120)
    if processus.returncode == 0:
        assert len(pd.read_csv(sortie)) == nombre
    else:
        assert (processus.returncode, erreurs) == (130, "Interrompu.\n")
        assert not sortie.exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_plusieurs_mois_vont_dans_un_jeu_parquet_range_par_mois(tmp_path, cli):
    menages, individus = tables()
    echantillon = ecrire(tmp_path / "echantillon", menages, individus, "parquet")
    sortie = tmp_path / "resultats"
    execution = cli("lot", echantillon, "--periode", "2026-10..2026-11", "-o", sortie, "--taille-lot", "2")
    assert execution.returncode == 0, execution.stderr
    assert execution.stdout == (
        f"3 ménages × 2 mois (2026-10 à 2026-11) : 6 résultats, 0 rejeté (voir {tmp_path / 'resultats.rejets.csv'}) ; "
        f"résultats écrits dans {sortie}.\n"
    )
    lus = pd.read_parquet(sortie)  # pandas reads the month back from the folder names
    assert sorted(zip(lus["periode"].astype(str), lus["id_menage"], strict=True)) == [
        (mois, m) for mois in ("2026-10", "2026-11") for m in ("M1", "M2", "M3")
    ]


def test_un_dossier_qui_n_est_pas_un_jeu_de_resultats_n_est_jamais_remplace(tmp_path, cli):
    menages, individus = tables()
    echantillon = ecrire(tmp_path / "echantillon", menages, individus, "parquet")
    precieux = tmp_path / "documents"
    precieux.mkdir()
    (precieux / "note.txt").write_text("à garder", encoding="utf-8")
    execution = cli("lot", echantillon, "--periode", PERIODE, "-o", precieux)
    assert (execution.returncode, execution.stderr) == (
        2, f"Erreur : Le dossier « {precieux} » existe et ne contient pas de résultats de paris-droits : choisissez un autre nom "
           "(il ne sera pas remplacé).\n",
    )
    assert [p.name for p in precieux.iterdir()] == ["note.txt"]


MENAGES_MEMOIRE = 2_000_000
PIC_MAX_OCTETS = 1024**3
# The command's own peak resident memory (VmHWM of its process, read as it exits): getrusage's maxrss
# of a child would also count the pytest worker's pages the child shared between fork and exec.
MESURE = (
    "import re, runpy, sys\n"
    "sys.argv = ['paris-droits', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('paris_droits', run_name='__main__')\n"
    "finally:\n"
    "    statut = open('/proc/self/status').read()\n"
    "    print('VmHWM', re.search(r'VmHWM:\\s+(\\d+) kB', statut).group(1), file=sys.stderr)\n"
)


def test_un_grand_echantillon_parquet_passe_par_lots_sous_un_plafond_de_memoire(tmp_path):
    """2 million households (one adult each, drawn with numpy, a few columns) streamed in batches of 50 000:
    the peak resident memory of the command stays under 1 GB, while the whole sample in memory would need
    about 4 GB (about 2 100 bytes per household before streaming). `make bench` runs 5 million households."""
    nombre = MENAGES_MEMOIRE
    rng = np.random.default_rng(1)
    dossier = tmp_path / "grand"
    dossier.mkdir()
    pq.write_table(pa.table({
        "id_menage": np.arange(nombre), "loyer": rng.integers(300, 1500, nombre).astype(float),
        "depcom": pa.array(rng.choice(["75111", "75119", "75120"], nombre)).dictionary_encode(),
    }), dossier / "menages.parquet")
    pq.write_table(pa.table({
        "id_individu": np.arange(nombre), "id_menage": np.arange(nombre),
        "role": pa.DictionaryArray.from_arrays(np.zeros(nombre, dtype=np.int8), ["personne_de_reference"]),
        "age": rng.integers(18, 100, nombre), "salaire_net": rng.integers(0, 3000, nombre).astype(float),
    }), dossier / "individus.parquet")
    sortie = tmp_path / "resultats"
    execution = subprocess.run(
        [sys.executable, "-c", MESURE, "lot", str(dossier), "--periode", PERIODE, "-o", str(sortie), "-q"],
        capture_output=True, text=True, timeout=300,
    )
    assert execution.returncode == 0, execution.stderr
    pic = int(execution.stderr.split("VmHWM")[-1]) * 1024
    assert pic < PIC_MAX_OCTETS, f"pic {pic / 1024**2:.0f} Mo"
    assert len(pd.read_parquet(sortie, columns=["id_menage"])) == nombre
