"""Every example situation has an expectation file, checked through the library.

tests/situations/attendus/<situation>.json holds {"periode": "AAAA-MM", "source": "…",
"valeurs": {"<variable>": value, …}} for situations/<situation>.json (one household each).
"""

import json
from pathlib import Path

import pytest

from paris_droits import chemins, systeme
from paris_droits.situation import charger_fichier, construire_simulation

ATTENDUS = sorted((Path(__file__).parent / "attendus").glob("*.json"))


def test_chaque_situation_d_exemple_a_ses_resultats_attendus():
    sans = {p.stem for p in chemins.SITUATIONS.glob("*.json")} - {p.stem for p in ATTENDUS}
    assert sans == set()


@pytest.mark.parametrize("fichier", ATTENDUS, ids=lambda p: p.stem)
def test_la_situation_donne_les_resultats_attendus(fichier):
    attendu = json.loads(fichier.read_text(encoding="utf-8"))
    simulation = construire_simulation(charger_fichier(chemins.SITUATIONS / f"{fichier.stem}.json"), systeme())
    for variable, valeur in attendu["valeurs"].items():
        calcule = simulation.calculate(variable, attendu["periode"])
        if hasattr(calcule, "decode_to_str"):
            calcule = calcule.decode_to_str()
        assert calcule[0] == pytest.approx(valeur, abs=0.01) if isinstance(valeur, float | int) and not isinstance(valeur, bool) else calcule[0] == valeur, variable
