"""Static reading of the engine's code (ast only, nothing imported): the import graph between its
modules (module level and inside functions alike), imports of the package root, and long functions.

Used by test_architecture.py on paris_droits/, and on small made-up packages to prove it bites.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Lecture:
    racine: str
    modules: dict[str, Path]
    importe: dict[str, set[str]] = field(default_factory=dict)
    imports_racine: list[str] = field(default_factory=list)
    fonctions: list[tuple[int, str]] = field(default_factory=list)  # (lines, "module:function")


def _nom_module(racine: Path, fichier: Path, paquet: str) -> str:
    relatif = fichier.relative_to(racine).with_suffix("")
    morceaux = [paquet, *relatif.parts]
    if morceaux[-1] == "__init__":
        morceaux.pop()
    return ".".join(morceaux)


def _module_connu(nom: str, modules) -> str | None:
    """The longest known module that `nom` designates (`a.b.f` is module `a.b` when f is a name)."""
    morceaux = nom.split(".")
    for fin in range(len(morceaux), 0, -1):
        candidat = ".".join(morceaux[:fin])
        if candidat in modules:
            return candidat
    return None


def _cibles(noeud, module: str, est_paquet: bool) -> list[str]:
    if isinstance(noeud, ast.Import):
        return [alias.name for alias in noeud.names]
    if not isinstance(noeud, ast.ImportFrom):
        return []
    base = noeud.module or ""
    if noeud.level:
        paquet = module if est_paquet else module.rpartition(".")[0]
        morceaux = paquet.split(".")[: len(paquet.split(".")) - (noeud.level - 1)]
        base = ".".join([*morceaux, base] if base else morceaux)
    return [f"{base}.{alias.name}" if base else alias.name for alias in noeud.names]


def lire(dossier: str | Path) -> Lecture:
    """Read every module under `dossier` (a package folder)."""
    dossier = Path(dossier)
    paquet = dossier.name
    modules = {
        _nom_module(dossier, fichier, paquet): fichier
        for fichier in sorted(dossier.rglob("*.py"))
        if "__pycache__" not in fichier.parts
    }
    lecture = Lecture(paquet, modules)
    for module, fichier in modules.items():
        arbre = ast.parse(fichier.read_text(encoding="utf-8"), filename=str(fichier))
        cibles = lecture.importe.setdefault(module, set())
        for noeud in ast.walk(arbre):
            if isinstance(noeud, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lecture.fonctions.append((noeud.end_lineno - noeud.lineno + 1, f"{module}:{noeud.name}"))
            for cible in _cibles(noeud, module, fichier.name == "__init__.py"):
                if cible != paquet and not cible.startswith(paquet + "."):
                    continue
                connu = _module_connu(cible, modules)
                if connu == paquet and module != paquet:
                    lecture.imports_racine.append(module)
                if connu and connu != module:
                    cibles.add(connu)
    return lecture


def cycles(lecture: Lecture) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    graphe = lecture.importe
    index, bas, pile, sur_pile, composantes = {}, {}, [], set(), []
    compteur = 0
    for depart in graphe:
        if depart in index:
            continue
        travail = [(depart, iter(sorted(graphe.get(depart, ()))))]
        index[depart] = bas[depart] = compteur
        compteur += 1
        pile.append(depart)
        sur_pile.add(depart)
        while travail:
            sommet, voisins = travail[-1]
            suivant = next(voisins, None)
            if suivant is not None:
                if suivant not in index:
                    index[suivant] = bas[suivant] = compteur
                    compteur += 1
                    pile.append(suivant)
                    sur_pile.add(suivant)
                    travail.append((suivant, iter(sorted(graphe.get(suivant, ())))))
                elif suivant in sur_pile:
                    bas[sommet] = min(bas[sommet], index[suivant])
                continue
            travail.pop()
            if travail:
                bas[travail[-1][0]] = min(bas[travail[-1][0]], bas[sommet])
            if bas[sommet] == index[sommet]:
                composante = []
                while True:
                    membre = pile.pop()
                    sur_pile.discard(membre)
                    composante.append(membre)
                    if membre == sommet:
                        break
                if len(composante) > 1:
                    composantes.append(sorted(composante))
    return composantes


def fonctions_trop_longues(lecture: Lecture, maximum: int) -> list[tuple[int, str]]:
    return sorted((n, nom) for n, nom in lecture.fonctions if n > maximum)
