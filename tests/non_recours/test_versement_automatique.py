"""Automatic payment: the share paid automatically grows with the sources; the canteen needs the CAF's QF."""

import itertools

import pytest

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.non_recours import sources
from paris_droits.non_recours import versement_automatique as va


def test_la_part_versee_automatiquement_croit_quand_on_ajoute_des_sources(analyse):
    for ordre in itertools.islice(itertools.permutations(sources.SOURCES), 0, 5040, 997):
        precedent = -1.0
        for k in range(len(ordre) + 1):
            bilan = va.simuler(analyse, tuple(ordre[:k]))
            assert bilan.part_versee_automatiquement >= precedent - 1e-12
            assert bilan.taux_non_recours_residuel <= bilan.taux_non_recours_actuel + 1e-12
            precedent = bilan.part_versee_automatiquement


def test_un_qf_transmis_par_la_caf_met_fin_a_la_facturation_par_defaut_en_tranche_10(analyse):
    cantine = {a.slug: a for a in va.simuler(analyse, ("caf", "caisse_des_ecoles")).aides}["restauration_scolaire"]
    assert 0 < cantine.part_versee_automatiquement < 1  # allocataires CAF only
    assert cantine.taux_non_recours_residuel < cantine.taux_non_recours_actuel
    sans_caisse = {a.slug: a for a in va.simuler(analyse, ("caf",)).aides}["restauration_scolaire"]
    assert sans_caisse.verses_automatiquement == 0  # the caisse des écoles bills the meals
    tous = {a.slug: a for a in va.simuler(analyse, ("caf", "dgfip", "caisse_des_ecoles")).aides}["restauration_scolaire"]
    assert tous.part_versee_automatiquement == pytest.approx(1.0)


def test_une_donnee_declarative_n_est_jamais_automatisable():
    for aide in catalogue.aides():
        if any(d.detenteur == "declaratif" for d in aide.donnees):
            assert aide.slug not in sources.aides_automatisables(sources.SOURCES)


def test_la_comparaison_montre_l_apport_de_chaque_source(analyse):
    comparaison = va.comparer(analyse, "caf,caisse_des_ecoles")
    assert set(comparaison.sans) == {"caf", "caisse_des_ecoles"}
    assert set(comparaison.avec) == set(sources.SOURCES) - {"caf", "caisse_des_ecoles"}
    assert comparaison.source_decisive() in sources.SOURCES
    donnees = comparaison.en_dict()
    assert donnees["total"]["cout_supplementaire_annuel"] >= 0


def test_une_source_inconnue_est_refusee_en_francais():
    with pytest.raises(ErreurEntree, match="source inconnue"):
        sources.lire_sources("caf,impots")
    with pytest.raises(ErreurEntree, match="declaratif"):
        sources.lire_sources("declaratif")
