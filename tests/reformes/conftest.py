"""Fixtures shared by the reform tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def base_integree():
    """The embedded sample's baseline at its own month, computed once per test process: comparisons
    reuse it (`reformes.comparer(..., base=)`, as the reform page does), which gives exactly the figures
    of a comparison that computes it (tests/reformes/test_comparaison.py checks it, and that it is left
    as it was)."""
    from paris_droits.non_recours.analyse import analyser

    return analyser(None)
