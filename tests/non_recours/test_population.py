"""Synthetic Paris population: deterministic, calibrated on the copied public aggregates, complete, valid."""

import json

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from paris_droits.catalogue import registre as catalogue
from paris_droits.lot.echantillon import valider, variables_d_entree
from paris_droits.population import generateur as population
from paris_droits.population import synthese
from paris_droits.regles import chemins


@pytest.fixture(scope="module")
def grande_population():
    return population.generer_population(60_000, 3, "2026-11")


def test_la_meme_graine_donne_la_meme_population_et_une_autre_graine_une_autre():
    a = population.generer_population(2000, 5)
    b = population.generer_population(2000, 5)
    c = population.generer_population(2000, 6)
    pd.testing.assert_frame_equal(a.menages, b.menages)
    pd.testing.assert_frame_equal(a.individus, b.individus)
    assert not a.menages["loyer"].equals(c.menages["loyer"])


def test_la_population_est_calee_sur_les_agregats_publics_copies_dans_le_paquet(grande_population):
    # Sources : paris_droits/donnees/*.csv (Insee RP2020-RP2022, Filosofi 2021, QPV 2024).
    menages, individus = grande_population.menages, grande_population.individus
    d = population.donnees()
    part_arr = menages["depcom"].astype(str).value_counts(normalize=True).sort_index().to_numpy()
    attendu = d.arrondissements.households.to_numpy(dtype=float)
    assert np.abs(part_arr - attendu / attendu.sum()).max() < 0.006
    types = np.bincount(grande_population.type_menage, minlength=5) / len(menages)
    assert abs(types[population.SEUL] - 0.522) < 0.03  # Insee FAM T1 2020 : 52,2 % de personnes seules
    assert abs(types[population.MONO] - 0.084) < 0.015  # familles monoparentales 8,4 %
    assert abs(len(individus) / len(menages) - 1.86) < 0.06  # 1,86 occupant par résidence principale
    statut = menages["statut_occupation_logement"].astype(str)
    assert abs(statut.isin(["proprietaire", "primo_accedant"]).mean() - 0.334) < 0.02  # RP2022 : 33,4 % de propriétaires
    assert abs((statut == "locataire_hlm").mean() - 0.179) < 0.02  # RP2018 : 17,9 % de locataires HLM
    assert abs(menages["qpv"].mean() - 0.057) < 0.012  # 121 800 habitants en QPV en 2024 (6 %)
    age = (np.datetime64("2026-11-01") - individus["date_naissance"].to_numpy().astype("datetime64[D]")).astype(int) / 365.25
    assert abs((age >= 65).mean() - 0.174) < 0.025  # RP2021 : 17,4 % de 65 ans ou plus
    assert abs((age < 15).mean() - 0.132) < 0.025  # RP2021 : 13,2 % de moins de 15 ans


def test_chaque_entree_du_moteur_est_tiree_ou_laissee_a_sa_valeur_par_defaut_pour_une_raison_ecrite(grande_population):
    colonnes = set(grande_population.menages.columns) | set(grande_population.individus.columns)
    entrees = set(variables_d_entree("menages")) | set(variables_d_entree("individus"))
    oubliees = sorted(entrees - colonnes - set(population.ENTREES_PAR_DEFAUT))
    assert oubliees == [], f"entrées sans loi de tirage (population/generateur.py) ni raison écrite (calibrage.ENTREES_PAR_DEFAUT) : {oubliees}"


def test_l_echantillon_genere_passe_la_validation_sans_rejet(echantillon_synthetique):
    menages_ok, individus_ok, rejets = valider(echantillon_synthetique.menages, echantillon_synthetique.individus)
    assert len(rejets) == 0
    assert len(menages_ok) == len(echantillon_synthetique.menages)


def test_la_graine_et_la_verite_terrain_sont_enregistrees_avec_l_echantillon(dossier_echantillon):
    verite = json.loads((dossier_echantillon / synthese.FICHIER_VERITE).read_text(encoding="utf-8"))
    assert verite["graine"] == 7 and verite["menages"] == 3000 and verite["periode"] == "2026-11"
    # The same ground truth travels inside the Parquet file (pandas attrs in the schema metadata).
    attrs = json.loads(pq.read_schema(dossier_echantillon / "menages.parquet").metadata[b"PANDAS_ATTRS"])
    assert json.loads(attrs[synthese.CLE_METADONNEES])["graine"] == 7
    for aide in catalogue.aides():
        assert 0 <= verite["aides"][aide.slug]["taux_non_recours_plante"] < 1


def test_chaque_aide_du_registre_a_son_taux_de_non_recours_suppose_avec_sa_source():
    dossier = chemins.PARAMETRES / "communs" / "recours"
    manquants = [a.slug for a in catalogue.aides() if not (dossier / f"{a.slug}.yaml").is_file()]
    assert manquants == [], f"ajoutez parameters/communs/recours/<slug>.yaml pour : {manquants}"


def test_les_poids_totalisent_les_menages_parisiens(echantillon_synthetique):
    assert echantillon_synthetique.menages["poids"].sum() == pytest.approx(population.menages_paris())
