"""The registry and the rules agree: every listed variable exists, every aid is tested both ways."""

from pathlib import Path

import pytest
import yaml

from paris_droits.catalogue import registre as catalogue
from paris_droits.regles import chemins

TESTS = Path(__file__).parent.parent
AIDES = catalogue.aides()


def test_le_registre_se_charge_et_n_est_pas_vide():
    assert len(AIDES) >= 1
    assert len(set(catalogue.slugs())) == len(AIDES)


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def test_chaque_variable_du_registre_existe_dans_le_systeme(tbs, aide):
    noms = [*aide.variables, *aide.variables_donnees]
    for condition in aide.conditions:
        if condition.comparaison:
            noms.append(condition.comparaison.valeur)
            if condition.comparaison.seuil_variable:
                noms.append(condition.comparaison.seuil_variable)
    manquantes = [nom for nom in noms if nom not in tbs.variables]
    assert manquantes == []


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def test_chaque_seuil_parametre_du_registre_existe(tbs, aide):
    for condition in aide.conditions:
        chemin = condition.comparaison and condition.comparaison.seuil_parametre
        if chemin:
            noeud = tbs.parameters
            for morceau in chemin.split("."):
                noeud = noeud.children[morceau]


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def _dossier(racine, aide):
    # The canteen is a family of its own: its folder is the family folder.
    return racine / aide.famille if aide.slug == aide.famille else racine / aide.famille / aide.slug


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def test_chaque_aide_a_son_dossier_dans_parameters_variables_et_tests(aide):
    for racine in (chemins.PARAMETRES, chemins.VARIABLES, TESTS):
        assert _dossier(racine, aide).is_dir(), f"{racine.name}/{aide.famille}/{aide.slug} manque"


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def test_chaque_condition_du_systeme_est_declaree_au_registre(tbs, aide):
    prefixe = f"{aide.slug}_condition_"
    dans_le_systeme = {nom for nom in tbs.variables if nom.startswith(prefixe)}
    assert dans_le_systeme == {c.variable for c in aide.conditions}


def _valeurs_testees(aide):
    valeurs = []
    for fichier in _dossier(TESTS, aide).glob("*.yaml"):
        cas = yaml.safe_load(fichier.read_text(encoding="utf-8"))
        for test in cas if isinstance(cas, list) else [cas]:
            sortie = test.get("output", {})
            for nom in (aide.eligible,):
                attendu = sortie.get(nom)
                if isinstance(attendu, dict):  # {period: value}
                    attendu = list(attendu.values())
                if attendu is not None:
                    valeurs.extend(attendu if isinstance(attendu, list) else [attendu])
    return valeurs


@pytest.mark.parametrize("aide", AIDES, ids=lambda a: a.slug)
def test_chaque_aide_a_au_moins_un_cas_eligible_et_un_cas_non_eligible_dans_les_tests(aide):
    valeurs = [bool(v) for v in _valeurs_testees(aide)]
    assert True in valeurs, f"aucun cas éligible testé pour {aide.slug}"
    assert False in valeurs, f"aucun cas non éligible testé pour {aide.slug}"


def test_facteur_annuel_selon_la_periodicite():
    assert catalogue.PERIODICITES == {"mensuelle": 12, "annuelle": 1, "ponctuelle": 1}
