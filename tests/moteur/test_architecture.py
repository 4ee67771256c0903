"""The engine's layout, read statically: layers import downwards only, no import cycle (module level or
inside a function), no import of the package root, no function over 80 lines, each subpackage says its role.

The checks are proved to bite on small made-up packages written by the tests themselves.
"""

from __future__ import annotations

import ast
import textwrap

import pytest
from architecture import cycles, fonctions_trop_longues, lire

from paris_droits.regles import chemins

LONGUEUR_MAXIMALE = 80
# Layers, from the bottom: a module may import its own layer's subpackage and the layers below it.
COUCHES = (
    ("commun",),
    ("regles",),
    ("catalogue",),
    ("menage", "lot"),
    ("population",),
    ("non_recours",),
    ("reformes", "campagnes"),
    ("rapports",),
    ("interfaces",),
)
RANG = {sous_paquet: rang for rang, couche in enumerate(COUCHES) for sous_paquet in couche}


@pytest.fixture(scope="module")
def lecture():
    return lire(chemins.PAQUET)


def _sous_paquet(module: str) -> str | None:
    morceaux = module.split(".")
    return morceaux[1] if len(morceaux) > 1 and morceaux[1] in RANG else None


def test_aucun_cycle_d_imports_entre_les_modules_du_moteur(lecture):
    assert cycles(lecture) == []


def test_aucun_module_n_importe_la_racine_du_paquet(lecture):
    assert lecture.imports_racine == []


def test_aucune_fonction_ne_depasse_80_lignes(lecture):
    assert fonctions_trop_longues(lecture, LONGUEUR_MAXIMALE) == []


def test_les_imports_descendent_les_couches(lecture):
    montants = []
    for module, cibles in lecture.importe.items():
        source = _sous_paquet(module)
        if source is None:
            continue
        for cible in cibles:
            arrivee = _sous_paquet(cible)
            if arrivee is None or arrivee == source:
                continue
            if RANG[arrivee] >= RANG[source]:
                montants.append(f"{module} → {cible}")
    assert montants == []


def test_chaque_sous_paquet_dit_son_role_et_les_couches_sont_toutes_la(lecture):
    sous_paquets = {m.split(".")[1] for m in lecture.modules if m.count(".") == 1 and lecture.modules[m].name == "__init__.py"}
    assert set(RANG) <= sous_paquets
    for module, fichier in lecture.modules.items():
        if fichier.name == "__init__.py" and module != "paris_droits":
            role = ast.get_docstring(ast.parse(fichier.read_text(encoding="utf-8"))) or ""
            assert role.strip(), f"{module} n'a pas de docstring de rôle"


def test_les_bancs_d_essai_sont_hors_du_paquet():
    assert not (chemins.PAQUET / "benchmarks").exists()
    assert not list(chemins.PAQUET.glob("bench*.py"))


# --- The checks bite ---------------------------------------------------------------------------------


def _paquet(tmp_path, fichiers: dict[str, str]):
    racine = tmp_path / "paris_droits"
    for nom, source in {"__init__.py": '"""Racine."""\n', **fichiers}.items():
        chemin = racine / nom
        chemin.parent.mkdir(parents=True, exist_ok=True)
        chemin.write_text(textwrap.dedent(source), encoding="utf-8")
    return lire(racine)


def test_un_couple_de_modules_qui_s_importent_l_un_l_autre_est_un_cycle(tmp_path):
    lecture = _paquet(tmp_path, {
        "a.py": "from paris_droits.b import f\n",
        "b.py": "def f():\n    from paris_droits import a  # inside a function: still a cycle\n",
    })
    assert cycles(lecture) == [["paris_droits.a", "paris_droits.b"]]


def test_un_cycle_par_un_import_relatif_et_un_paquet_est_vu(tmp_path):
    lecture = _paquet(tmp_path, {
        "lot/__init__.py": '"""Lots."""\nfrom .calcul import simuler\n',
        "lot/calcul.py": "from paris_droits.lot import aide\n",  # its own package's __init__
    })
    assert cycles(lecture) == [["paris_droits.lot", "paris_droits.lot.calcul"]]


def test_sans_cycle_le_controle_ne_signale_rien(tmp_path):
    lecture = _paquet(tmp_path, {"a.py": "from paris_droits.b import f\n", "b.py": "def f():\n    return 1\n"})
    assert cycles(lecture) == []


def test_un_import_de_la_racine_est_signale(tmp_path):
    lecture = _paquet(tmp_path, {"a.py": "from paris_droits import systeme\n", "b.py": "import paris_droits\n"})
    assert sorted(lecture.imports_racine) == ["paris_droits.a", "paris_droits.b"]


def test_une_fonction_de_81_lignes_est_signalee_et_une_de_80_non(tmp_path):
    corps = lambda n: "def f():\n" + "    x = 1\n" * (n - 2) + "    return x\n"  # noqa: E731
    assert fonctions_trop_longues(_paquet(tmp_path / "a", {"m.py": corps(81)}), LONGUEUR_MAXIMALE) == [(81, "paris_droits.m:f")]
    assert fonctions_trop_longues(_paquet(tmp_path / "b", {"m.py": corps(80)}), LONGUEUR_MAXIMALE) == []
