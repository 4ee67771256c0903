"""Shared weighted statistics: weighted deciles and the bootstrap interval (paris_droits.commun.statistiques)."""

import numpy as np
import pytest

from paris_droits.commun import statistiques


def test_chaque_decile_pondere_contient_un_dixieme_du_poids():
    rng = np.random.default_rng(1)
    valeurs = rng.lognormal(7, 1, 5000)
    poids = rng.uniform(0.5, 2.0, 5000)
    deciles = statistiques.deciles_ponderes(valeurs, poids)
    parts = np.bincount(deciles, weights=poids, minlength=10) / poids.sum()
    assert set(np.unique(deciles)) == set(range(10))
    np.testing.assert_allclose(parts, 0.1, atol=0.002)
    # Deciles follow the values: every value of decile d is below every value of decile d + 1.
    for d in range(9):
        assert valeurs[deciles == d].max() <= valeurs[deciles == d + 1].min()


def test_le_poids_compte_et_pas_le_nombre_d_observations():
    # Two observations, the first weighs 9 times the second: it holds the 9 first tenths of the weight.
    deciles = statistiques.deciles_ponderes(np.array([100.0, 200.0]), np.array([9.0, 1.0]))
    assert deciles.tolist() == [0, 9]


def test_les_egalites_restent_dans_un_meme_decile_et_la_borne_ouvre_le_decile_suivant():
    # Ten equal weights: value k is in decile k ; the three zeros share the first decile.
    valeurs = np.array([0, 0, 0, 3, 4, 5, 6, 7, 8, 9], dtype=float)
    deciles = statistiques.deciles_ponderes(valeurs, np.ones(10))
    assert deciles.tolist() == [0, 0, 0, 3, 4, 5, 6, 7, 8, 9]


def test_l_intervalle_est_forme_des_percentiles_2_5_et_97_5_sans_les_valeurs_non_finies():
    valeurs = np.concatenate([np.arange(1, 1001, dtype=float), [np.nan, np.inf]])
    bas, haut = statistiques.intervalle(valeurs)
    assert bas == pytest.approx(25.975) and haut == pytest.approx(975.025)
    assert statistiques.intervalle(np.array([np.nan])) is None
