"""Batch runs (paris_droits.lot): output shape, strictness, chunking, process pool, and two properties:
households in = households out + rejects, and batch = the same household computed alone."""

import datetime

import numpy as np
import pandas as pd
import pytest
from fabrique_echantillons import (
    PERIODE,
    echantillons_abimes,
    menages_aleatoires,
    modifier,
    situation,
    tables,
)
from hypothesis import HealthCheck, given, settings

from paris_droits import systeme
from paris_droits.catalogue.registre import aides
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot import calcul as lot
from paris_droits.lot.echantillon import valider
from paris_droits.menage.evaluation import evaluer
from paris_droits.menage.situation import construire_simulation
from paris_droits.regles.formules import arrondi_centime


def test_une_ligne_par_menage_avec_chaque_aide_son_eligibilite_et_son_equivalent_annuel():
    menages, individus = tables()
    resultat = lot.simuler(menages, individus, PERIODE)
    assert resultat["id_menage"].tolist() == ["M1", "M2", "M3"]
    assert resultat["poids"].tolist() == [1.5, 1.0, 2.0]
    attendues = ["id_menage", "poids"]
    for aide in aides():
        attendues += [aide.slug, f"{aide.slug}_eligible", f"{aide.slug}_annuel"]
        assert resultat[aide.slug].dtype == np.float64
        assert resultat[f"{aide.slug}_eligible"].dtype == bool
        assert (resultat[aide.slug] == arrondi_centime(resultat[aide.slug])).all()
        assert (resultat[f"{aide.slug}_annuel"] == arrondi_centime(resultat[aide.slug] * aide.facteur_annuel)).all()
        assert (resultat.loc[~resultat[f"{aide.slug}_eligible"], aide.slug] == 0).all()
    assert list(resultat.columns) == attendues
    # The couple with two pupils (QF from the CAF formula) gets the canteen's reduced tariff.
    assert resultat["restauration_scolaire_eligible"].tolist()[0]


def test_simuler_refuse_un_echantillon_invalide_avec_une_phrase_en_francais():
    menages, individus = tables()
    with pytest.raises(ErreurEntree) as erreur:
        lot.simuler(menages, modifier(individus, "I7", "role", "enfant"), PERIODE)
    assert str(erreur.value) == (
        "Fichier « individus », ligne 7, colonne « role » : le rôle « enfant » est inconnu "
        "(rôles possibles : personne_de_reference, conjoint, enfants, autres) ; vouliez-vous dire « enfants » ?"
    )


def test_les_menages_valides_se_calculent_apres_mise_a_l_ecart_des_rejets():
    menages, individus = tables()
    menages_ok, individus_ok, rejets = valider(menages, modifier(individus, "I3", "date_naissance", "hier"))
    resultat = lot.simuler(menages_ok, individus_ok, PERIODE)
    assert resultat["id_menage"].tolist() == ["M2", "M3"] and rejets["id_menage"].tolist() == ["M1"]


def test_le_decoupage_en_lots_et_le_pool_de_processus_ne_changent_pas_le_resultat():
    menages, individus = tables()
    entier = lot.simuler(menages, individus, PERIODE)
    pd.testing.assert_frame_equal(lot.simuler(menages, individus, PERIODE, taille_lot=1), entier)
    pd.testing.assert_frame_equal(lot.simuler(menages, individus, PERIODE, taille_lot=2, processus=2), entier)


def test_un_age_donne_a_la_place_de_la_date_de_naissance_donne_les_memes_droits():
    menages, individus = tables()
    periode = datetime.date(2026, 11, 1)
    dates = pd.to_datetime(individus["date_naissance"]).dt.date
    ages = [periode.year - d.year - ((periode.month, periode.day) < (d.month, d.day)) for d in dates]
    avec_age = individus.drop(columns="date_naissance").assign(age=ages)
    colonnes = [c for c in lot.colonnes_aides() if c.endswith("_eligible")]
    pd.testing.assert_frame_equal(
        lot.simuler(menages, avec_age, PERIODE)[colonnes], lot.simuler(menages, individus, PERIODE)[colonnes]
    )


def test_des_variables_du_menage_peuvent_etre_ajoutees():
    resultat = lot.simuler(*tables(), PERIODE, variables=["arrondissement", "statut_occupation_logement"])
    assert resultat["arrondissement"].tolist() == [19, 11, 20]
    assert resultat["statut_occupation_logement"].tolist() == ["locataire_hlm", "locataire_vide", "locataire_hlm"]


@pytest.mark.parametrize(
    "variables,periode,phrase",
    [
        (["arrondisement"], PERIODE, "La variable « arrondisement » est inconnue ; vouliez-vous dire « arrondissement » ?"),
        (["salaire_net"], PERIODE, "La variable « salaire_net » concerne une personne : seules les variables du ménage peuvent être demandées."),
        (None, "2026-13", "Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 »."),
        (None, "2010-01", "Le champ « periode » vaut « 2010-01 » : les règles sont encodées à partir de 2016-02."),
    ],
    ids=["variable_inconnue", "variable_individuelle", "periode_malformee", "periode_trop_ancienne"],
)
def test_une_demande_invalide_est_refusee_en_francais(variables, periode, phrase):
    with pytest.raises(ErreurEntree) as erreur:
        lot.simuler(*tables(), periode, variables=variables)
    assert str(erreur.value) == phrase


# --- households in = households out + rejects, on random samples with random defects

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(echantillons_abimes())
def test_menages_en_entree_egal_menages_en_sortie_plus_rejets(echantillon):
    menages, individus, attendus = echantillon
    menages_ok, individus_ok, rejets = valider(menages, individus)
    assert len(menages) == len(menages_ok) + len(rejets)
    assert set(rejets["id_menage"]) == attendus
    assert menages_ok["id_menage"].tolist() == [m for m in menages["id_menage"] if m not in attendus]
    assert set(individus_ok["id_menage"]) == set(menages_ok["id_menage"])
    assert len(individus_ok) == individus["id_menage"].isin(menages_ok["id_menage"]).sum()
    assert rejets["raison"].str.startswith("Fichier « ").all()


# --- batch = the same household alone, for random households (strategy in fabrique_echantillons)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(menages_aleatoires())
def test_le_lot_donne_pour_chaque_menage_le_resultat_du_menage_calcule_seul(echantillon):
    menages, individus = echantillon
    resultat = lot.simuler(menages, individus, PERIODE, taille_lot=2)
    tbs = systeme()
    for rang, menage in menages.iterrows():
        membres = individus[individus["id_menage"] == menage["id_menage"]]
        simulation = construire_simulation(situation(menage, membres), tbs)
        evaluation = evaluer(situation(menage, membres), PERIODE)
        for aide in aides():
            seul = float(arrondi_centime(simulation.calculate(aide.montant, PERIODE))[0])
            assert resultat[aide.slug].iloc[rang] == seul, (aide.slug, menage["id_menage"])
            assert resultat[f"{aide.slug}_eligible"].iloc[rang] == bool(simulation.calculate(aide.eligible, PERIODE)[0]), aide.slug
            # The social workers' evaluer agrees with the batch: a granted aid has the batch amount, an
            # aid refused on a known condition is not eligible in the batch.
            verdict = evaluation.aide(aide.slug)
            if verdict.statut == "eligible" and verdict.retenue:
                assert resultat[aide.slug].iloc[rang] == verdict.montant, (aide.slug, menage["id_menage"])
            if verdict.statut == "non_eligible" and any(not c.remplie for c in verdict.conditions):
                assert not resultat[f"{aide.slug}_eligible"].iloc[rang], (aide.slug, menage["id_menage"])


def test_une_aide_sans_regles_au_mois_calcule_a_des_colonnes_vides_et_non_nulles(tmp_path):
    """Youth aids are encoded from 2023: in 2022-09 their columns are unknown (NaN / NA), never 0,
    every other aid is computed, and the non-recourse report leaves them out and says so."""
    from paris_droits.lot.echantillon import Echantillon
    from paris_droits.non_recours import estimation as non_recours

    menages, individus = tables()
    resultat = lot.simuler(menages, individus, "2022-09")
    assert set(lot.aides_non_encodees(resultat)) == {"paris_jeunes_vacances", "aide_installation_logement_etudiant"}
    assert resultat["paris_jeunes_vacances"].isna().all() and resultat["paris_jeunes_vacances_eligible"].isna().all()
    assert resultat["paris_forfait_familles"].notna().all()
    analyse = non_recours.analyser(Echantillon(menages, individus), "2022-09")
    assert "paris_jeunes_vacances" not in {a.slug for a in analyse.aides}
    assert "aides exclues faute de règles encodées pour 2022-09" in analyse.description
