"""Where the rules live.

In a source checkout the rule folders (parameters/, variables/, reforms/,
situations/) sit at the top of the repository; in an installed wheel they are
carried inside the `paris_droits` package. Everything that needs them asks here.
"""

from __future__ import annotations

from pathlib import Path

PAQUET = Path(__file__).resolve().parent.parent  # the paris_droits package


def _racine_des_regles() -> Path:
    if (PAQUET / "parameters").is_dir():
        return PAQUET  # installed wheel
    return PAQUET.parent  # source checkout


RACINE = _racine_des_regles()
PARAMETRES = RACINE / "parameters"
VARIABLES = RACINE / "variables"
REFORMES = RACINE / "reforms"
SITUATIONS = RACINE / "situations"
