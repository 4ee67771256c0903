"""`python -m benchmarks` (`make bench`): every benchmark, each writing its section of docs/performance.md.

`python -m benchmarks moteur` runs only the single-household and reform measures.
"""

import sys

from benchmarks import lot, moteur
from paris_droits.regles import chemins

CIBLE = chemins.RACINE / "docs" / "performance.md"

if __name__ == "__main__":
    choisis = sys.argv[1:] or ["lot", "moteur"]
    if "lot" in choisis:
        lot.main([])
    if "moteur" in choisis:
        moteur.main(CIBLE)
