"""Fuzzing the loaders: arbitrary bytes and arbitrary JSON/YAML trees given as a situation, a fiche ménage
or a sample. The only outcomes allowed are a result or the project's French input error, never another
exception; the Web API is exercised from its own OpenAPI description (schemathesis), with no 500."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paris_droits.commun.erreurs import ErreurParisDroits
from paris_droits.interfaces.web.application import Configuration, creer_application
from paris_droits.lot.echantillon import lire_echantillon
from paris_droits.lot.validation import preparer
from paris_droits.menage.evaluation import evaluer
from paris_droits.menage.situation import charger_fichier

REGLAGES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
scalaires = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12), st.sampled_from(["2026-11", "2026-13", "ETERNITY", "75112", "locataire_hlm", "1e308", "NaN"]),
)
arbres = st.recursive(scalaires, lambda enfants: st.lists(enfants, max_size=4) | st.dictionaries(st.text(max_size=8), enfants, max_size=4),
                      max_leaves=25)
CLES_SITUATION = st.sampled_from(["individus", "menages", "personne_de_reference", "conjoint", "enfants", "salaire_net", "loyer",
                                  "date_naissance", "depcom", "statut_occupation_logement", "2026-11", "ETERNITY", "a", "m"])
CLES_FICHE = st.sampled_from(["periode", "adultes", "enfants", "age", "date_naissance", "prenom", "revenus", "salaire_net",
                              "logement", "loyer", "statut", "caf", "impots", "arrondissement", "lien", "handicap"])


def _arbre_avec_cles(cles):
    return st.recursive(scalaires, lambda enfants: st.lists(enfants, max_size=3) | st.dictionaries(cles, enfants, max_size=4),
                        max_leaves=30)


def _evaluer_ou_refuser(donnees) -> None:
    try:
        evaluer(donnees)
    except ErreurParisDroits as erreur:
        assert erreur.message and erreur.message[0].isupper()


@REGLAGES
@given(st.binary(max_size=400), st.sampled_from(["situation.json", "fiche.yaml"]))
def test_des_octets_quelconques_donnent_un_resultat_ou_une_phrase_francaise(tmp_path, octets, nom):
    chemin = tmp_path / nom
    chemin.write_bytes(octets)
    try:
        donnees = charger_fichier(chemin)
    except ErreurParisDroits:
        return
    _evaluer_ou_refuser(donnees)


@REGLAGES
@given(st.one_of(arbres, _arbre_avec_cles(CLES_SITUATION), _arbre_avec_cles(CLES_FICHE)), st.sampled_from(["json", "yaml"]))
def test_des_arbres_quelconques_donnent_un_resultat_ou_une_phrase_francaise(tmp_path, arbre, format_):
    chemin = tmp_path / f"entree.{format_}"
    texte = json.dumps(arbre, allow_nan=True) if format_ == "json" else yaml.safe_dump(arbre, allow_unicode=True)
    chemin.write_text(texte, encoding="utf-8")
    try:
        donnees = charger_fichier(chemin)
    except ErreurParisDroits:
        return
    _evaluer_ou_refuser(donnees)


COLONNES_MENAGES = ["id_menage", "poids", "loyer", "depcom", "statut_occupation_logement", "percoit_paris_logement", "inconnue"]
COLONNES_INDIVIDUS = ["id_individu", "id_menage", "role", "age", "date_naissance", "salaire_net", "handicap"]
cellules = st.one_of(st.none(), st.text(max_size=8), st.integers(-5, 10**7), st.floats(allow_nan=True, allow_infinity=True),
                     st.sampled_from(["personne_de_reference", "enfants", "M1", "I1", "NaN", "2026-11-31", "1e308", "oui"]))


def _table(colonnes):
    return st.lists(st.tuples(*[cellules] * len(colonnes)), max_size=5).map(lambda lignes: pd.DataFrame(lignes, columns=colonnes))


@REGLAGES
@given(_table(COLONNES_MENAGES), _table(COLONNES_INDIVIDUS), st.booleans())
def test_un_echantillon_quelconque_est_valide_rejete_ou_refuse_en_francais(menages, individus, strict):
    try:
        preparation = preparer(menages.astype(object), individus.astype(object), strict=strict, periode="2026-11")
    except ErreurParisDroits as erreur:
        assert erreur.message
        return
    assert len(preparation.menages_ok) + preparation.rejets["id_menage"].nunique() == len(menages)


@REGLAGES
@given(st.binary(max_size=300), st.binary(max_size=300))
def test_des_fichiers_csv_quelconques_sont_lus_ou_refuses_en_francais(tmp_path, menages, individus):
    (tmp_path / "menages.csv").write_bytes(menages)
    (tmp_path / "individus.csv").write_bytes(individus)
    try:
        lu = lire_echantillon(tmp_path)
        preparer(lu.menages, lu.individus, strict=False, fichiers=(lu.fichier_menages, lu.fichier_individus), periode="2026-11")
    except ErreurParisDroits:
        pass


schema = schemathesis.openapi.from_wsgi("/spec", creer_application(Configuration()))
schema.config.phases.update(phases=["examples", "fuzzing"])  # the coverage phase alone takes minutes on OpenFisca's schemas


@pytest.mark.filterwarnings("ignore")
@schema.include(path_regex="^/(evaluer|calculate|trace)$").parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_l_api_decrite_par_spec_ne_repond_jamais_500(case):
    reponse = case.call()
    assert reponse.status_code < 500, reponse.text
    if reponse.status_code >= 400:
        assert reponse.json()["erreur"]
