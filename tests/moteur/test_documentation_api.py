"""docs/api.md runs as written: its ```python blocks are executed in order, one namespace per section (as notebook cells)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

API = Path(__file__).parents[2] / "docs" / "api.md"


def _sections() -> dict[str, list[str]]:
    texte = API.read_text(encoding="utf-8")
    sections = {}
    for morceau in re.split(r"^## ", texte, flags=re.M)[1:]:
        titre = morceau.splitlines()[0].strip()
        blocs = re.findall(r"^```python\n(.*?)^```", morceau, flags=re.M | re.S)
        if blocs:
            sections[titre] = blocs
    return sections


def test_la_documentation_de_l_api_a_un_exemple_par_utilisateur():
    titres = list(_sections())
    assert [t.split(":")[0] for t in titres] == ["Social worker", "Policy team", "Batch"]
    for blocs in _sections().values():
        assert len(blocs) >= 3


@pytest.mark.parametrize("titre", list(_sections()))
def test_les_exemples_de_la_documentation_s_executent(titre, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    espace: dict = {"__name__": "__doc__"}
    for rang, bloc in enumerate(_sections()[titre]):
        exec(compile(bloc, f"docs/api.md [{titre}] bloc {rang + 1}", "exec"), espace)  # noqa: S102
    ecrits = {p.name for p in tmp_path.rglob("*.html")}
    assert ecrits, "chaque exemple écrit sa page HTML"
