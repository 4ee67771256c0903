"""Shared fixtures of the campaign tests: one synthetic sample and its analysis per session, and a fresh
store per test on each backend — a SQLite file, and a database on a real PostgreSQL server started once
per session (postgresql.py). The PostgreSQL tests fail when PostgreSQL is missing, unless
PARIS_DROITS_TESTS_SANS_POSTGRESQL=1 says to skip them (never in CI: .ci/run installs it)."""

from __future__ import annotations

import os

import postgresql
import pytest

from paris_droits.population import synthese

MENAGES = 5000
GRAINE = 11
PERIODE = "2026-11"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def dossier_echantillon(tmp_path_factory):
    dossier = tmp_path_factory.mktemp("echantillon_campagnes")
    synthese.ecrire(synthese.generer_echantillon(MENAGES, GRAINE, PERIODE), dossier)
    return dossier


@pytest.fixture(scope="session")
def analyse(dossier_echantillon):
    from paris_droits.non_recours.analyse import analyser

    return analyser(dossier_echantillon)


@pytest.fixture(scope="session")
def serveur_postgresql():
    if postgresql.binaires() is None and os.environ.get(postgresql.VARIABLE_SANS_POSTGRESQL) == "1":
        pytest.skip("PostgreSQL absent et PARIS_DROITS_TESTS_SANS_POSTGRESQL=1")
    with postgresql.serveur() as serveur:
        yield serveur


@pytest.fixture(params=BACKENDS)
def url_vide(request, tmp_path):
    """The URL of a new, empty database on each backend (not migrated yet)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'campagnes.sqlite'}"
        return
    serveur = request.getfixturevalue("serveur_postgresql")
    nom = serveur.nouvelle_base()
    yield serveur.url(nom)
    serveur.supprimer_base(nom)


@pytest.fixture(scope="session")
def modele_postgresql(serveur_postgresql):
    """A PostgreSQL database migrated once, copied for each test (CREATE DATABASE … TEMPLATE)."""
    from paris_droits.campagnes.base import ouvrir

    nom = serveur_postgresql.nouvelle_base()
    ouvrir(serveur_postgresql.url(nom)).fermer()
    return nom


@pytest.fixture(params=BACKENDS)
def url_base(request, tmp_path):
    """The URL of a new store on each backend, already migrated (PostgreSQL: copied from a migrated template)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'campagnes.sqlite'}"
        return
    serveur = request.getfixturevalue("serveur_postgresql")
    nom = serveur.nouvelle_base(modele=request.getfixturevalue("modele_postgresql"))
    yield serveur.url(nom)
    serveur.supprimer_base(nom)


@pytest.fixture
def base(url_base):
    from paris_droits.campagnes.base import ouvrir

    ouverte = ouvrir(url_base)
    yield ouverte
    ouverte.fermer()


@pytest.fixture
def sqlite(tmp_path):
    """A new SQLite store, for the tests whose subject is not the backend."""
    from paris_droits.campagnes.base import ouvrir

    ouverte = ouvrir(str(tmp_path / "campagnes.sqlite"))
    yield ouverte
    ouverte.fermer()
