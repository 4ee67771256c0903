"""Helpers for coded reforms: scenario parameters and parameter freezing.

Reforms change parameters only inside `modify_parameters`, which works on a clone
of the baseline's parameters: the baseline is never touched.
"""

from __future__ import annotations

from openfisca_core.parameters import ParameterNode, load_parameter_file

from paris_droits import chemins


def charger_parametres_scenario(nom: str) -> ParameterNode:
    """The scenario parameters of a reform (reforms/parametres/<nom>.yaml), marked as scenario, not law."""
    return load_parameter_file(str(chemins.REFORMES / "parametres" / f"{nom}.yaml"), name=f"reformes.{nom}")


def figer_a_partir_de(parametre, date_effet: str, valeur=None) -> None:
    """From `date_effet` on, `parametre` keeps `valeur` (by default its value on that date) for good."""
    if valeur is None:
        valeur = parametre(date_effet)
    parametre.update(start=date_effet, value=valeur)
