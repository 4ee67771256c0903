"""The Dask backend (paris_droits.lot.grappe) gives the local backend's results, exactly: on random
samples and chunk sizes (a hypothesis property), under a reform, for the non-recourse estimate and
the reform comparison. One real LocalCluster (2 worker processes, 1 thread each, the session fixture
`planificateur` of tests/lot/conftest.py) serves every test; the library reaches it by its scheduler
address, as it would reach a remote cluster."""

from __future__ import annotations

import pandas as pd
import pytest
from fabrique_echantillons import PERIODE, menages_aleatoires, tables
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot import calcul as lot
from paris_droits.lot.echantillon import Echantillon
from paris_droits.lot.moteurs import moteur
from paris_droits.population.generateur import generer_population

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.xdist_group("dask")  # one worker runs them all on its cluster (tests/lot/conftest.py)


@pytest.fixture(scope="module")
def population():
    return generer_population(3_000, 11, PERIODE)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(menages_aleatoires(), st.integers(1, 5))
def test_le_moteur_dask_donne_exactement_les_resultats_du_moteur_local(planificateur, echantillon, taille_lot):
    menages, individus = echantillon
    local = lot.simuler(menages, individus, PERIODE, taille_lot=taille_lot)
    sur_dask = lot.simuler(menages, individus, PERIODE, taille_lot=taille_lot, moteur=moteur("dask", planificateur=planificateur))
    pd.testing.assert_frame_equal(sur_dask, local, check_exact=True)


def test_sous_une_reforme_parametrique_les_travailleurs_recoivent_la_reforme_et_non_le_fichier(planificateur, population, tmp_path):
    fichier = tmp_path / "plafond.yaml"  # a path the workers could not read on another machine
    fichier.write_text("familles.paris_logement_familles_monoparentales.plafond_ressources:\n  2026-01-01: 1300\n", encoding="utf-8")
    arguments = (population.menages, population.individus, PERIODE)
    local = lot.simuler(*arguments, taille_lot=700, reformes=(str(fichier),))
    sur_dask = lot.simuler(*arguments, taille_lot=700, reformes=(str(fichier),), moteur=moteur("dask", planificateur=planificateur))
    pd.testing.assert_frame_equal(sur_dask, local, check_exact=True)
    base = lot.simuler(*arguments)
    assert (base["paris_logement_familles_monoparentales"] != local["paris_logement_familles_monoparentales"]).any()


def test_l_estimation_du_non_recours_et_la_comparaison_de_reforme_acceptent_le_moteur_dask(planificateur, population):
    from paris_droits.non_recours.estimation import estimer
    from paris_droits.reformes.comparaison import comparer

    echantillon = Echantillon(population.menages, population.individus, periode=PERIODE)
    dask = moteur("dask", planificateur=planificateur)
    assert estimer(echantillon, replicats=50, moteur=dask).en_dict() == estimer(echantillon, replicats=50).en_dict()
    reforme = ["cantine_gratuite_tranches_1_2"]
    assert comparer(reforme, echantillon, replicats=50, moteur=dask).en_dict() == comparer(reforme, echantillon, replicats=50).en_dict()


@pytest.mark.parametrize(
    ("options", "phrase"),
    [
        ({"nom": "local", "planificateur": "tcp://127.0.0.1:8786"},
         "L'option « --planificateur » ne s'emploie qu'avec « --moteur dask »."),
        ({"nom": "dask", "planificateur": "127.0.0.1"},
         "Le champ « planificateur » doit être l'adresse d'un planificateur Dask, par exemple tcp://hote:8786, pas « 127.0.0.1 »."),
        ({"nom": "spark"}, "Le champ « moteur » vaut « spark » : choisissez parmi local, dask."),
    ],
    ids=["planificateur_sans_dask", "adresse_sans_protocole", "moteur_inconnu"],
)
def test_un_choix_de_moteur_invalide_est_refuse_en_francais(options, phrase):
    with pytest.raises(ErreurEntree) as erreur:
        moteur(**options)
    assert str(erreur.value) == phrase


def test_un_planificateur_injoignable_est_signale_en_francais(monkeypatch):
    from paris_droits.lot import grappe

    monkeypatch.setattr(grappe, "DELAI_CONNEXION_S", 1)  # 10 s by default
    with pytest.raises(ErreurEntree) as erreur:
        lot.simuler(*tables(), PERIODE, moteur=moteur("dask", planificateur="tcp://127.0.0.1:9"))
    assert str(erreur.value) == (
        "Le planificateur Dask « tcp://127.0.0.1:9 » ne répond pas (délai 1 s) : vérifiez son adresse "
        "(par exemple tcp://hote:8786) et qu'un « dask scheduler » y tourne."
    )


def test_une_grille_de_reformes_sur_dask_donne_les_variantes_du_calcul_local(planificateur, population, tmp_path):
    from paris_droits.reformes.grille import comparer_grille

    fichier = tmp_path / "grille.yaml"
    fichier.write_text(
        "date: 2026-01-01\nparametres:\n  familles.paris_logement_familles_monoparentales.plafond_ressources: [1500, 1700]\n"
        "  familles.paris_forfait_familles.montant: [200, 300]\n",
        encoding="utf-8",
    )
    echantillon = Echantillon(population.menages, population.individus, periode=PERIODE)
    local = comparer_grille(fichier, echantillon, replicats=30, taille_lot=1_000)
    sur_dask = comparer_grille(fichier, echantillon, replicats=30, taille_lot=1_000, moteur=moteur("dask", planificateur=planificateur))
    assert sur_dask.en_dict() == local.en_dict()
    assert len(local.variantes) == 4 and len({v.comparaison.cout_annuel_droits for v in local.variantes}) == 4


def test_la_commande_lot_sur_dask_ecrit_les_memes_resultats_que_sur_place(planificateur, population, tmp_path):
    from click.testing import CliRunner

    from paris_droits.interfaces.cli.principal import main

    dossier = tmp_path / "echantillon"
    dossier.mkdir()
    population.menages.to_parquet(dossier / "menages.parquet")
    population.individus.to_parquet(dossier / "individus.parquet")
    sorties = {}
    for nom, options in (("local", []), ("dask", ["--moteur", "dask", "--planificateur", planificateur])):
        sorties[nom] = tmp_path / nom
        resultat = CliRunner().invoke(
            main, ["lot", str(dossier), "--periode", "2026-10..2026-11", "-o", str(sorties[nom]), "--taille-lot", "800", *options]
        )
        assert resultat.exit_code == 0, resultat.stderr
    locaux, distants = (pd.read_parquet(sorties[nom]).sort_values(["periode", "id_menage"], kind="stable") for nom in ("local", "dask"))
    assert len(locaux) == 2 * len(population.menages)
    pd.testing.assert_frame_equal(distants.reset_index(drop=True), locaux.reset_index(drop=True), check_exact=True)
    assert sorted(p.name for p in sorties["dask"].rglob("*.parquet")) == sorted(p.name for p in sorties["local"].rglob("*.parquet"))


def test_la_ligne_de_commande_propose_les_moteurs_de_la_bibliotheque():
    from paris_droits.interfaces.cli import options
    from paris_droits.lot import moteurs

    assert options.MOTEURS == moteurs.MOTEURS and options.PROCESSUS_MAX == moteurs.PROCESSUS_MAX
