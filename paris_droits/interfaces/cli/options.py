"""Options several commands share: where the batch computes (`--moteur`, `--processus`, `--planificateur`)."""

from __future__ import annotations

import click

MOTEURS = ("local", "dask")  # paris_droits.lot.moteurs.MOTEURS (the CLI does not import the library at start)
PROCESSUS_MAX = 64


def options_moteur(commande):
    """Add --moteur, --processus and --planificateur to a command (see docs/echelle.md)."""
    options = [
        click.option("--moteur", "nom_moteur", default="local", show_default=True, type=click.Choice(MOTEURS),
                     help="Où calculer : local (ce processus ou un pool de processus), ou dask (un cluster Dask)."),
        click.option("--processus", default=1, show_default=True, type=click.IntRange(1, PROCESSUS_MAX),
                     help="Processus de calcul : ceux du pool local, ou les travailleurs du cluster Dask local."),
        click.option("--planificateur", metavar="ADRESSE",
                     help="Planificateur Dask existant (par exemple tcp://hote:8786), avec --moteur dask."),
    ]
    for option in reversed(options):
        commande = option(commande)
    return commande


def lire_moteur(nom_moteur: str, processus: int, planificateur: str | None):
    """The validated backend (French errors)."""
    from paris_droits.lot.moteurs import moteur

    return moteur(nom_moteur, processus, planificateur)
