"""`python -m benchmarks` (`make bench`): every benchmark, each writing its section of docs/performance.md.

`python -m benchmarks moteur` runs only the single-household and reform measures,
`python -m benchmarks serveur` only the Web API under load, `python -m benchmarks pages` only the
web pages' server time, `python -m benchmarks reformes` only the reform page's, `python -m benchmarks
echelle` only the scale measures (backends, streamed samples of 2 and 5 million households, 12 months,
reform grids).
"""

import sys

from benchmarks import echelle, lot, moteur, pages, reformes, serveur
from paris_droits.regles import chemins

CIBLE = chemins.RACINE / "docs" / "performance.md"

if __name__ == "__main__":
    choisis = sys.argv[1:] or ["lot", "moteur", "echelle", "serveur", "pages", "reformes"]
    if "lot" in choisis:
        lot.main([])
    if "moteur" in choisis:
        moteur.main(CIBLE)
    if "echelle" in choisis:
        echelle.main(CIBLE)
    if "serveur" in choisis:
        serveur.main(CIBLE)
    if "pages" in choisis:
        pages.main(CIBLE)
    if "reformes" in choisis:
        reformes.main(CIBLE)
