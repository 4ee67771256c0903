"""Run the OpenFisca YAML tests through pytest, next to the Python tests.

Every `*.yaml` under tests/ is an OpenFisca test file (data fixtures are JSON
or written by the tests themselves), so `openfisca test -c paris_droits tests/`
and `pytest` see the same tests.
"""

from __future__ import annotations

import pytest
from openfisca_core.tools.test_runner import OpenFiscaPlugin

from paris_droits import systeme


def pytest_configure(config):
    # `openfisca test` registers its own plugin; plain `pytest` needs ours.
    if not any(isinstance(p, OpenFiscaPlugin) for p in config.pluginmanager.get_plugins()):
        config.pluginmanager.register(OpenFiscaPlugin(systeme(), {}), "paris_droits_yaml")


@pytest.fixture(scope="session")
def tbs():
    return systeme()
