"""paris-droits: the open rules engine of the City of Paris's social aids.

`CountryTaxBenefitSystem` is the exact name OpenFisca's tools look up
(`openfisca test -c paris_droits`, `openfisca serve -c paris_droits`).
"""

from __future__ import annotations

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from paris_droits import chemins
from paris_droits.entities import entities

if chemins.RACINE != chemins.PAQUET:
    # Source checkout: make `paris_droits.reforms` resolve to the top-level
    # reforms/ folder, as it does inside the wheel.
    __path__.append(str(chemins.RACINE))  # noqa: F821


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The Paris rules: entities, parameters/ and variables/."""

    CURRENCY = "€"

    def get_package_metadata(self) -> dict[str, str]:
        # Core's lookup goes through the installed distribution and logs a warning
        # per variable file when run from a source checkout; answer directly.
        return {
            "name": "paris-droits",
            "version": _version(),
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


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("paris-droits")
    except PackageNotFoundError:
        return "0+source"


def _exemple_situation() -> dict:
    import json

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


def evaluer(donnees: dict, periode: str | None = None, **options):
    """Every aid for one household: see paris_droits.evaluation.evaluer."""
    from paris_droits.evaluation import evaluer as _evaluer

    return _evaluer(donnees, periode, **options)


__all__ = ["CountryTaxBenefitSystem", "evaluer", "systeme"]
