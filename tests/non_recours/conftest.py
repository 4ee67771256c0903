"""Shared synthetic samples for the non-recourse tests: real Parquet files, generated once per session."""

from __future__ import annotations

import pytest

from paris_droits.population import synthese

MENAGES = 3000
GRAINE = 7
PERIODE = "2026-11"


@pytest.fixture(scope="session")
def echantillon_synthetique():
    return synthese.generer_echantillon(MENAGES, GRAINE, PERIODE)


@pytest.fixture(scope="session")
def dossier_echantillon(tmp_path_factory, echantillon_synthetique):
    dossier = tmp_path_factory.mktemp("echantillon")
    synthese.ecrire(echantillon_synthetique, dossier)
    return dossier


@pytest.fixture(scope="session")
def analyse(dossier_echantillon):
    from paris_droits.non_recours.estimation import analyser

    return analyser(dossier_echantillon)
