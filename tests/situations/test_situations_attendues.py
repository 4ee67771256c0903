"""Every example situation has an expectation file, checked through the library.

tests/situations/attendus/<situation>.json holds {"periode": "AAAA-MM", "source": "…",
"valeurs": {"<variable>": value, …}} for situations/<situation>.json (one household each).
"""

import json
from pathlib import Path

import pytest

from paris_droits import systeme
from paris_droits.menage.situation import charger_fichier, construire_simulation
from paris_droits.regles import chemins

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


def _aides_attendues(attendu):
    """Aids the expectation file says the household is eligible to, with their amount."""
    return {
        nom[: -len("_eligible")]: attendu["valeurs"].get(nom[: -len("_eligible")])
        for nom, valeur in attendu["valeurs"].items()
        if nom.endswith("_eligible") and valeur is True
    }


@pytest.mark.parametrize("fichier", ATTENDUS, ids=lambda p: p.stem)
def test_evaluer_donne_le_statut_et_le_montant_attendus_par_la_bibliotheque_et_la_ligne_de_commande(cli, fichier):
    from paris_droits import evaluer

    attendu = json.loads(fichier.read_text(encoding="utf-8"))
    chemin = chemins.SITUATIONS / f"{fichier.stem}.json"
    par_bibliotheque = evaluer(charger_fichier(chemin), attendu["periode"]).en_dict()
    sortie = cli("evaluer", chemin, "--periode", attendu["periode"], "--format", "json")
    assert sortie.returncode == 0, sortie.stderr
    par_ligne_de_commande = json.loads(sortie.stdout)
    assert par_ligne_de_commande == par_bibliotheque
    aides = {a["slug"]: a for a in par_bibliotheque["aides"]}
    for slug, montant in _aides_attendues(attendu).items():
        assert aides[slug]["statut"] == "eligible", (slug, aides[slug]["raison"])
        if montant is not None:
            assert aides[slug]["montant"] == pytest.approx(montant, abs=0.01), slug


def test_les_situations_d_exemple_couvrent_chaque_aide_du_registre():
    from paris_droits.catalogue import registre as catalogue

    couvertes = set()
    for fichier in ATTENDUS:
        couvertes |= set(_aides_attendues(json.loads(fichier.read_text(encoding="utf-8"))))
    assert set(catalogue.slugs()) - couvertes == set()
    assert len(ATTENDUS) >= 12
