"""Child process of benchmarks/moteur.py: times `paris_droits.evaluer` for the package found first on
PYTHONPATH, one example situation per line read on stdin, one duration (s) per line written.

Run as a script (`python benchmarks/chrono_evaluer.py`) with PYTHONPATH set to a source tree, so
that the same timer serves today's tree and an earlier commit's: it only uses `paris_droits.evaluer`
and the tree's `situations/` folder, which every version since 2026-11-23 has.
"""

import json
import sys
import time
from pathlib import Path

sys.path.remove(str(Path(__file__).resolve().parent))  # this folder's modules must not shadow the tree's
import paris_droits  # noqa: E402

RACINE = Path(paris_droits.__file__).resolve().parent.parent
MOIS = "2026-11"


def main() -> None:
    situations = {}
    for ligne in sys.stdin:
        nom = ligne.strip()
        if nom not in situations:  # first time: read it and warm up (dependency graph, caches)
            situations[nom] = json.loads((RACINE / "situations" / f"{nom}.json").read_text(encoding="utf-8"))
            paris_droits.evaluer(situations[nom], MOIS)
        debut = time.perf_counter()
        paris_droits.evaluer(situations[nom], MOIS)
        print(time.perf_counter() - debut, flush=True)


if __name__ == "__main__":
    main()
