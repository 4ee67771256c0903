"""`campagne bilan` recovers a planted effect inside its 95 % interval, through outcome files and through a
later sample, on SQLite and on PostgreSQL; with no planted effect, its interval contains 0. The
intervals' coverage is checked over many simulated campaigns (statistiques.py alone, cheap)."""

from __future__ import annotations

import datetime

import numpy as np
import pytest
from simulation import echantillon_de_suivi, issues_simulees

from paris_droits.campagnes import bilan, creation, export, resultats, statistiques, suivi

EFFET = 0.15
TAUX_TEMOINS = 0.10


def _campagne(base, analyse, nom="essai", graine=5, part=0.3):
    creation.creer(base, nom, analyse=analyse, part_temoin=part, graine=graine)
    return export.liste(base, nom, avec_temoins=True)


def _importer(base, tmp_path, liste, effet, graine, nom="essai"):
    fichier = tmp_path / f"resultats_{graine}.csv"
    issues_simulees(liste, datetime.date(2026, 11, 1), TAUX_TEMOINS, effet, graine).to_csv(fichier, index=False)
    resultats.importer(base, nom, fichier)


def test_un_effet_de_15_points_plante_par_les_issues_est_retrouve_dans_son_intervalle(base, analyse, tmp_path):
    liste = _campagne(base, analyse)
    _importer(base, tmp_path, liste, EFFET, graine=1)

    resultat = bilan.calculer(base, "essai")

    ensemble = resultat.ensemble
    assert ensemble.ic95[0] < EFFET < ensemble.ic95[1]
    assert ensemble.ic95[0] > 0  # detected: the interval excludes 0
    assert ensemble.taux_recours_temoins == pytest.approx(TAUX_TEMOINS, abs=0.05)
    assert ensemble.propositions_contactes + ensemble.propositions_temoins == len(liste)
    # Per aid, the interval is Newcombe's, from the counts the bilan shows.
    for ligne in resultat.par_aide.values():
        if ligne.effet is not None:
            attendu = statistiques.newcombe(ligne.droits_ouverts, ligne.propositions_contactes, ligne.droits_ouverts_temoins, ligne.propositions_temoins)
            assert (ligne.effet, *ligne.ic95) == pytest.approx(attendu)


def test_sans_effet_plante_l_intervalle_contient_zero(base, analyse, tmp_path):
    liste = _campagne(base, analyse)
    _importer(base, tmp_path, liste, 0.0, graine=3)

    ensemble = bilan.calculer(base, "essai").ensemble

    assert ensemble.ic95[0] < 0 < ensemble.ic95[1]
    assert ensemble.ic95_montant_annuel_cause[0] < 0 < ensemble.ic95_montant_annuel_cause[1]


def test_un_effet_plante_dans_un_echantillon_de_suivi_est_retrouve_sans_aucune_issue(base, analyse, dossier_echantillon, tmp_path):
    liste = _campagne(base, analyse)
    plus_tard = echantillon_de_suivi(dossier_echantillon, liste, tmp_path / "suivi", "2027-03", TAUX_TEMOINS, EFFET, graine=3)

    releve = suivi.suivre(base, "essai", plus_tard)
    resultat = bilan.calculer(base, "essai")

    assert releve.periode == "2027-03" and releve.absents == 0 and releve.observes == len(liste)
    assert resultat.suivis == ["2027-03"]
    assert resultat.ensemble.ic95[0] < EFFET < resultat.ensemble.ic95[1]
    assert resultat.ensemble.ic95[0] > 0
    assert resultat.ensemble.atteints == 0  # nobody's outcome was recorded: the administrative measure alone


def test_une_campagne_sans_aucune_issue_a_un_effet_nul_mais_pas_certain(sqlite, analyse):
    _campagne(sqlite, analyse)
    resultat = bilan.calculer(sqlite, "essai")
    ensemble = resultat.ensemble
    assert (ensemble.effet, ensemble.droits_ouverts, ensemble.atteints) == (0.0, 0, 0)
    assert ensemble.ic95[0] < 0 < ensemble.ic95[1]  # no spread in the data is no certainty
    assert all(ligne.ic95 is None or ligne.ic95[0] < 0 < ligne.ic95[1] for ligne in resultat.par_aide.values())


def _campagnes_simulees(nombre, effet, graine):
    """Many campaigns of 800 households with one or two aids (arm drawn per household), take-up drawn per pair:
    how often the per-aid, overall and euros intervals cover the true value."""
    rng = np.random.default_rng(graine)
    montants = np.array([1200.0, 300.0])  # mean expected yearly amount of each aid
    couvertures_aide, couvertures_ensemble, couvertures_euros = [], [], []
    for _ in range(nombre):
        menages = 800
        contacte = rng.random(menages) >= 0.2
        deux_aides = rng.random(menages) < 0.3
        menage = np.r_[np.arange(menages), np.flatnonzero(deux_aides)]
        strate = np.r_[np.zeros(menages, dtype=int), np.ones(deux_aides.sum(), dtype=int)]
        bras = contacte[menage]
        base_ = np.where(strate == 0, 0.08, 0.2)
        # Correlated outcomes within a household: a shared draw for both its aids.
        tirage = rng.random(menages)[menage]
        y = (tirage < base_ + effet * bras).astype(float)
        n_c, n_t = bras[strate == 0].sum(), (~bras)[strate == 0].sum()
        y_c, y_t = y[(strate == 0) & bras].sum(), y[(strate == 0) & ~bras].sum()
        _, bas, haut = statistiques.newcombe(y_c, n_c, y_t, n_t)
        couvertures_aide.append(bas <= effet <= haut)
        effectifs = np.bincount(strate)
        estimation, erreur = statistiques.combinaison(y, bras, strate, menage, effectifs / effectifs.sum())
        bas, haut = statistiques.intervalle_normal(estimation, erreur)
        couvertures_ensemble.append(bas <= effet <= haut)
        poids_euros = np.bincount(strate[bras]) * montants
        estimation, erreur = statistiques.combinaison(y, bras, strate, menage, poids_euros)
        bas, haut = statistiques.intervalle_normal(estimation, erreur)
        couvertures_euros.append(bas <= effet * poids_euros.sum() <= haut)
    return np.mean(couvertures_aide), np.mean(couvertures_ensemble), np.mean(couvertures_euros)


@pytest.mark.parametrize("effet", [0.0, EFFET])
def test_les_intervalles_couvrent_l_effet_vrai_environ_95_fois_sur_100(effet):
    couvertures = _campagnes_simulees(300, effet, graine=2026)
    # 300 campaigns: a 95 % interval covers between 91 % and 99 % of them (binomial, ±3 standard errors).
    for couverture in couvertures:
        assert 0.91 <= couverture <= 0.99


def test_newcombe_sur_un_exemple_publie():
    # Newcombe (1998), table II, example (a): 56/70 against 48/80, method 10: 0.0524 to 0.3339.
    difference, bas, haut = statistiques.newcombe(56, 70, 48, 80)
    assert difference == pytest.approx(0.2)
    assert (round(bas, 4), round(haut, 4)) == (0.0524, 0.3339)
