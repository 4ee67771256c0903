"""Fixtures shared by the batch tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def planificateur():
    """One real Dask LocalCluster (2 worker processes, 1 thread each) per test process, for every Dask test:
    the library reaches it by its scheduler address, as it would reach a remote cluster. Starting one costs
    about 2 s and two of them would compete for the 2 cores: the Dask tests share one xdist group too."""
    distributed = pytest.importorskip("distributed")
    # dashboard_address=None still opens the scheduler's HTTP server on port 8787: on a random port instead,
    # this cluster, kept for the session, never makes the command's own cluster (test_interruptions.py)
    # warn on stderr that 8787 is taken.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50,
        scheduler_kwargs={"dashboard_address": ":0"},
    ) as grappe:
        yield grappe.scheduler_address
