"""paris-droits: the open rules engine of the City of Paris's social aids.

The root re-exports the public API only. `CountryTaxBenefitSystem` is the exact name
OpenFisca's tools look up (`openfisca test -c paris_droits`, `openfisca serve -c paris_droits`).
The engine's layers are subpackages, imports flowing downwards only (docs/architecture.md):
interfaces → rapports → reformes, non_recours → population → lot, menage → catalogue → regles → commun.
"""

from __future__ import annotations

import importlib

from paris_droits.regles import chemins
from paris_droits.regles.systeme import CountryTaxBenefitSystem, systeme

if chemins.RACINE != chemins.PAQUET:
    # Source checkout: make `paris_droits.reforms` resolve to the top-level
    # reforms/ folder, as it does inside the wheel.
    __path__.append(str(chemins.RACINE))  # noqa: F821

# The rest of the public API, loaded on first use so that `import paris_droits` (which every
# variable file triggers) stays light.
_PARESSEUX = {
    "evaluer": "paris_droits.menage.evaluation",
    "simuler": "paris_droits.lot.calcul",
    "estimer": "paris_droits.non_recours.estimation",
    "comparer": "paris_droits.reformes.comparaison",
}


def __getattr__(nom: str):
    if nom in _PARESSEUX:
        return getattr(importlib.import_module(_PARESSEUX[nom]), nom)
    raise AttributeError(f"module 'paris_droits' has no attribute {nom!r}")


__all__ = ["CountryTaxBenefitSystem", "comparer", "estimer", "evaluer", "simuler", "systeme"]
