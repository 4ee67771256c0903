"""`python -m benchmarks` (`make bench`): every benchmark, each writing its section of docs/performance.md.

`python -m benchmarks moteur` runs only the single-household and reform measures,
`python -m benchmarks serveur` only the Web API under load, `python -m benchmarks pages` only the
web pages' server time, `python -m benchmarks reformes` only the reform page's.
"""

import sys

from benchmarks import lot, moteur, pages, reformes, serveur
from paris_droits.regles import chemins

CIBLE = chemins.RACINE / "docs" / "performance.md"

if __name__ == "__main__":
    choisis = sys.argv[1:] or ["lot", "moteur", "serveur", "pages", "reformes"]
    if "lot" in choisis:
        lot.main([])
    if "moteur" in choisis:
        moteur.main(CIBLE)
    if "serveur" in choisis:
        serveur.main(CIBLE)
    if "pages" in choisis:
        pages.main(CIBLE)
    if "reformes" in choisis:
        reformes.main(CIBLE)
