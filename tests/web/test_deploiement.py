"""docs/deploiement.md matches `paris-droits serve`: every option with its default, and an nginx
configuration that nginx accepts."""

from __future__ import annotations

import re
import shutil
import subprocess

import click
import pytest

from paris_droits.interfaces.cli.serve import serve
from paris_droits.regles import chemins

GUIDE = chemins.RACINE / "docs" / "deploiement.md"


def _lignes_du_tableau() -> dict[str, str]:
    lignes = {}
    for ligne in GUIDE.read_text(encoding="utf-8").splitlines():
        trouve = re.match(r"\| `(--[a-z-]+)` \| ([^|]+) \|", ligne)
        if trouve:
            lignes[trouve.group(1)] = trouve.group(2)
    return lignes


def test_chaque_option_de_serve_est_documentee_avec_son_defaut():
    lignes = _lignes_du_tableau()
    for option in serve.params:
        if not isinstance(option, click.Option) or option.name == "help":
            continue
        nom = option.opts[0]
        assert nom in lignes, f"{nom} manque dans docs/deploiement.md"
        if isinstance(option.show_default, str):
            defaut = option.show_default
        elif isinstance(option.default, (int, str)):
            defaut = str(option.default)
        else:
            continue
        assert defaut in lignes[nom] or defaut.replace(" et ", "` et `") in lignes[nom], f"{nom} : défaut {defaut} non documenté"


def test_la_taille_maximale_de_nginx_est_celle_du_serveur():
    taille = next(o.default for o in serve.params if o.name == "taille_max")
    assert f"client_max_body_size {taille // 1024}k;" in GUIDE.read_text(encoding="utf-8")


def test_nginx_accepte_la_configuration_du_guide(tmp_path):
    if shutil.which("nginx") is None:
        pytest.skip("nginx n'est pas installé sur cette machine")
    bloc = re.search(r"```nginx\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S).group(1)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", tmp_path / "cle.key",
                    "-out", tmp_path / "cert.pem", "-days", "1", "-subj", "/CN=essai"], check=True, capture_output=True)
    bloc = bloc.replace("/etc/ssl/certs/paris-droits.pem", str(tmp_path / "cert.pem"))
    bloc = bloc.replace("/etc/ssl/private/paris-droits.key", str(tmp_path / "cle.key"))
    configuration = tmp_path / "nginx.conf"
    configuration.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        f"client_body_temp_path {tmp_path}/corps;\nproxy_temp_path {tmp_path}/mandataire;\n{bloc}}}\n"
    )
    resultat = subprocess.run(["nginx", "-t", "-c", str(configuration)], capture_output=True, text=True, timeout=30)
    assert resultat.returncode == 0, resultat.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "0"], "0 n'est pas dans l'intervalle permis (de 1 à 65535)."),
        (["--fils", "0"], "0 n'est pas dans l'intervalle permis (de 1 à 64)."),
        (["--processus", "17"], "17 n'est pas dans l'intervalle permis (de 1 à 16)."),
        (["--delai-entetes", "dix"], "« dix » n'est pas un nombre entier."),
        (["--taille-max", "1023"], "1023 n'est pas dans l'intervalle permis (au moins 1024)."),
    ],
)
def test_une_option_de_serve_hors_bornes_est_refusee_en_francais(arguments, message):
    from click.testing import CliRunner

    resultat = CliRunner().invoke(serve, arguments)
    assert resultat.exit_code == 2
    assert message in resultat.output
    assert "Traceback" not in resultat.output
