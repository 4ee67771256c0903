"""Every example situation is computed, through the library and through the CLI."""

import json
from pathlib import Path

import pytest

from paris_droits.menage.cantine import resume_cantine
from paris_droits.menage.situation import charger_fichier
from paris_droits.regles import chemins

ATTENDUS = json.loads((Path(__file__).parent / "attendus_cantine.json").read_text(encoding="utf-8"))
PERIODE = "2026-11"
CAS = sorted(k for k in ATTENDUS if not k.startswith("_"))


def test_au_moins_quatre_situations_d_exemple_dont_les_quatre_familles_demandees():
    noms = {p.stem for p in chemins.SITUATIONS.glob("*.json")}
    assert {"couple_deux_eleves", "parent_isole_un_eleve", "famille_sans_dossier_caf", "famille_sans_dossier_qf"} <= noms


@pytest.mark.parametrize("nom", CAS)
def test_la_bibliotheque_calcule_la_cantine_de_chaque_situation(nom):
    (resultat,), _ = resume_cantine(charger_fichier(chemins.SITUATIONS / f"{nom}.json"), PERIODE)
    for cle, valeur in ATTENDUS[nom].items():
        if not cle.startswith("_"):
            assert resultat[cle] == pytest.approx(valeur, abs=0.005) if isinstance(valeur, float) else resultat[cle] == valeur, cle


def test_les_trois_voies_du_qf_sont_couvertes_par_les_exemples():
    assert {ATTENDUS[n]["route_qf"] for n in CAS} == {"attestation_caf", "formule_caf", "avis_imposition"}




@pytest.mark.parametrize("nom", CAS)
def test_la_ligne_de_commande_affiche_la_tranche_le_tarif_et_la_facture(cli, nom):
    sortie = cli("cantine", str(chemins.SITUATIONS / f"{nom}.json"), "--periode", PERIODE)
    assert sortie.returncode == 0, sortie.stderr
    attendu = ATTENDUS[nom]
    assert f"tranche {attendu['tranche']}," in sortie.stdout
    assert f"{attendu['tarif_repas']:.2f}".replace(".", ",") + " € le repas" in sortie.stdout
    assert f"facture mensuelle {attendu['cout_mensuel']:.2f}".replace(".", ",") in sortie.stdout


def test_une_periode_mal_formee_donne_une_phrase_en_francais_et_un_code_non_nul(cli):
    sortie = cli("cantine", "--periode", "2026-13")
    assert sortie.returncode == 2
    assert sortie.stderr.strip() == (
        "Erreur : Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 »."
    )
    assert "Traceback" not in sortie.stderr
