"""`paris-droits echantillon generer`: a synthetic Paris household sample with planted take-up."""

from __future__ import annotations

from pathlib import Path

import click

from paris_droits.interfaces.cli.francais import SOUS_COMMANDE


@click.group("echantillon", subcommand_metavar=SOUS_COMMANDE)
def echantillon():
    """Échantillons de ménages : génération d'une population parisienne synthétique."""


@echantillon.command("generer")
@click.option("--menages", default=20000, show_default=True, type=click.IntRange(1, 100_000_000), help="Nombre de ménages à tirer.")
@click.option("--graine", default=0, show_default=True, type=click.IntRange(0, 2**32 - 1),
              help="Graine du tirage (même graine, même échantillon).")
@click.option("--periode", help="Mois de référence AAAA-MM (âges, règles) ; par défaut 2026-11.")
@click.option("--erreurs-inclusion", default=0.02, show_default=True, type=click.FloatRange(0, 1, max_open=True),
              help="Part de bénéficiaires en plus, tirés parmi les ménages calculés non éligibles à une condition près.")
@click.option("--revenus-mal-declares", default=0.0, show_default=True, type=click.FloatRange(0, 1, max_open=True),
              help="Part des ménages dont les revenus enregistrés diffèrent de ceux retenus par l'administration.")
@click.option("-o", "--sortie", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dossier où écrire menages.parquet, individus.parquet et verite_terrain.json.")
@click.option("--processus", default=1, show_default=True, type=click.IntRange(1, 64), help="Processus de calcul en parallèle.")
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def generer(menages, graine, periode, erreurs_inclusion, revenus_mal_declares, sortie, processus, quiet):
    """Tire des ménages parisiens calés sur les données publiques, calcule leurs droits et plante la perception observée."""
    import sys

    from paris_droits.population import generateur as population
    from paris_droits.population import synthese

    echantillon_ = synthese.generer_echantillon(
        menages,
        graine=graine,
        periode=periode or population.PERIODE_PAR_DEFAUT,
        erreurs_inclusion=erreurs_inclusion,
        revenus_mal_declares=revenus_mal_declares,
        processus=processus,
        progression=not quiet and sys.stderr.isatty(),
    )
    synthese.ecrire(echantillon_, sortie)
    click.echo(
        f"{len(echantillon_.menages)} ménages et {len(echantillon_.individus)} personnes écrits dans {sortie} "
        f"(graine {echantillon_.verite['graine']}, période {echantillon_.verite['periode']})."
    )


COMMANDES = [echantillon]
