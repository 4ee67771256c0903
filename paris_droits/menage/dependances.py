"""Static dependency graph of the variables, read from the formulas' source.

Used to know which inputs an aid (or one of its conditions) depends on, so the
engine can say what is still unknown and would change the answer. Read once per
tax-benefit system.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap


def _appels(formule, connues) -> set[str]:
    try:
        source = textwrap.dedent(inspect.getsource(formule))
    except (OSError, TypeError):
        return set()
    noms = set()
    for noeud in ast.walk(ast.parse(source)):
        if isinstance(noeud, ast.Call):
            # Any string argument naming a variable: `menage("x", period)`, but also helpers
            # such as `selon_variante_paris_solidarite(menage, period, "x", "y")`.
            for argument in noeud.args:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value in connues:
                    noms.add(argument.value)
    return noms


class Dependances:
    def __init__(self, systeme) -> None:
        self.systeme = systeme
        connues = set(systeme.variables)
        self.directes: dict[str, set[str]] = {}
        for nom, variable in systeme.variables.items():
            appels = set()
            for formule in variable.formulas.values():
                appels |= _appels(formule, connues)
            self.directes[nom] = appels - {nom}
        self._entrees: dict[str, frozenset[str]] = {}

    def est_entree(self, nom: str) -> bool:
        return not self.systeme.variables[nom].formulas

    def entrees(self, nom: str) -> frozenset[str]:
        """Every input variable `nom` depends on (itself if it is an input)."""
        if nom not in self._entrees:
            self._entrees[nom] = self._calculer_entrees(nom)
        return self._entrees[nom]

    def _calculer_entrees(self, nom: str) -> frozenset[str]:
        if self.est_entree(nom):
            return frozenset({nom})
        vues, pile, entrees = set(), [nom], set()
        while pile:
            courant = pile.pop()
            if courant in vues:
                continue
            vues.add(courant)
            if self.est_entree(courant):
                entrees.add(courant)
            pile.extend(self.directes.get(courant, ()))
        return frozenset(entrees)


@functools.cache
def dependances(systeme) -> Dependances:
    return Dependances(systeme)
