"""How `paris-droits serve` listens and how long it waits for clients: its settings and their defaults.

Kept apart from paris_droits.interfaces.web.serveur so that the command line reads the defaults
without importing gunicorn and the web application.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# The one route that receives a sample (the reform page's upload) and the largest request it accepts: the two
# files and the form. A 20 000-household sample weighs about 2 MB in Parquet and 13 MB in CSV.
CHEMIN_ECHANTILLON = "/reformes/simuler"
TAILLE_MAX_ECHANTILLON = 16 * 1024 * 1024


def processus_par_defaut() -> int:
    """Worker processes by default: one per core, at least 2, at most 8."""
    return max(2, min(os.cpu_count() or 2, 8))


@dataclass(frozen=True)
class Reglages:
    """How the server listens and how long it waits for clients (the options of `paris-droits serve`)."""

    hote: str = "127.0.0.1"
    port: int = 5000
    processus: int = 2
    fils: int = 8
    connexions_max: int = 1000
    delai_entetes: float = 10.0
    delai_corps: float = 30.0
    taille_max: int = 256 * 1024
    taille_max_echantillon: int = TAILLE_MAX_ECHANTILLON  # requests to CHEMIN_ECHANTILLON only
    mandataires: tuple[str, ...] = ("127.0.0.1", "::1")

    @property
    def adresse(self) -> str:
        return f"[{self.hote}]:{self.port}" if ":" in self.hote else f"{self.hote}:{self.port}"
