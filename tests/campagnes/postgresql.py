"""A throwaway PostgreSQL server for the tests: Debian's `postgresql` package (initdb, pg_ctl), a cluster in
a temporary folder on a free port, one per test session (per xdist worker), one database per test.

PostgreSQL refuses to run as root: as root (CI), the cluster belongs to the `postgres` user and its
commands run through `runuser -u postgres --`. fsync is off: the data is thrown away at the end.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

VARIABLE_SANS_POSTGRESQL = "PARIS_DROITS_TESTS_SANS_POSTGRESQL"


def binaires() -> Path | None:
    """The folder of initdb and pg_ctl (the newest Debian cluster version, else the PATH)."""
    for dossier in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name), reverse=True):
        if (Path(dossier) / "initdb").exists():
            return Path(dossier)
    trouve = shutil.which("initdb")
    return Path(trouve).parent if trouve else None


def _port_libre() -> int:
    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        return prise.getsockname()[1]


@dataclass
class Serveur:
    dossier: Path
    port: int
    commande: list[str]  # prefix that runs a command as the cluster's owner
    bin: Path

    def url(self, base: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{base}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True) as connexion:
            connexion.execute(sql)

    def nouvelle_base(self, modele: str | None = None) -> str:
        """A new database, empty or a copy of `modele`."""
        nom = f"essai_{uuid.uuid4().hex[:12]}"
        self._admin(f"CREATE DATABASE {nom}" + (f" TEMPLATE {modele}" if modele else ""))
        return nom

    def supprimer_base(self, nom: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {nom} WITH (FORCE)")

    def arreter(self) -> None:
        subprocess.run([*self.commande, str(self.bin / "pg_ctl"), "-D", str(self.dossier / "donnees"), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.dossier, ignore_errors=True)


def demarrer() -> Serveur:
    """initdb + pg_ctl start in a fresh temporary folder (see the module docstring)."""
    bin_ = binaires()
    if bin_ is None:
        raise RuntimeError("PostgreSQL absent : installez le paquet Debian postgresql (.ci/run le fait).")
    dossier = Path(tempfile.mkdtemp(prefix="paris-droits-pg-"))
    commande: list[str] = []
    if os.geteuid() == 0:
        proprietaire = pwd.getpwnam("postgres")
        os.chown(dossier, proprietaire.pw_uid, proprietaire.pw_gid)
        commande = ["runuser", "-u", "postgres", "--"]
    donnees = dossier / "donnees"
    subprocess.run(
        [*commande, str(bin_ / "initdb"), "-D", str(donnees), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        check=True, capture_output=True, timeout=120,
    )
    port = _port_libre()
    reglages = f"-p {port} -k {dossier} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        [*commande, str(bin_ / "pg_ctl"), "-D", str(donnees), "-l", str(dossier / "journal.log"), "-w", "-t", "60", "-o", reglages, "start"],
        check=True, capture_output=True, timeout=120,
    )
    return Serveur(dossier, port, commande, bin_)


@contextlib.contextmanager
def serveur():
    courant = demarrer()
    try:
        yield courant
    finally:
        courant.arreter()
