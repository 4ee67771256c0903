"""The tax-benefit system: entities, parameters/ and variables/, built once per process.

`CountryTaxBenefitSystem` is the exact name OpenFisca's tools look up
(`openfisca test -c paris_droits`, `openfisca serve -c paris_droits`); the package
root re-exports it.
"""

from __future__ import annotations

import functools
import json
from importlib.metadata import PackageNotFoundError, version

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from paris_droits.regles import chemins
from paris_droits.regles.entites import entities


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The Paris rules: entities, parameters/ and variables/."""

    CURRENCY = "€"

    def get_package_metadata(self) -> dict[str, str]:
        # Core's lookup goes through the installed distribution and logs a warning
        # per variable file when run from a source checkout; answer directly.
        return {
            "name": "paris-droits",
            "version": version_du_paquet(),
            "repository_url": "https://github.com/paris-droits/paris-droits",
            "location": str(chemins.RACINE),
        }

    def __init__(self) -> None:
        super().__init__(entities)
        self.add_variables_from_directory(str(chemins.VARIABLES))
        self.load_parameters(str(chemins.PARAMETRES))
        self.open_api_config = {
            "variable_example": "restauration_scolaire_tarif_repas",
            "parameter_example": "restauration_scolaire.tarifs",
            "simulation_example": _exemple_situation(),
        }


@functools.cache
def version_du_paquet() -> str:
    """The installed version, read once per process: core asks for the package metadata for each of the
    ~400 variable files, and each lookup scans the installed distributions (0.7 s of a 1.2 s build)."""
    try:
        return version("paris-droits")
    except PackageNotFoundError:
        return "0+source"


def _exemple_situation() -> dict:
    chemin = chemins.SITUATIONS / "couple_deux_eleves.json"
    if chemin.exists():
        return json.loads(chemin.read_text(encoding="utf-8"))
    return {}


_systeme: CountryTaxBenefitSystem | None = None


def systeme() -> CountryTaxBenefitSystem:
    """The tax-benefit system, built once per process."""
    global _systeme
    if _systeme is None:
        _systeme = CountryTaxBenefitSystem()
    return _systeme
