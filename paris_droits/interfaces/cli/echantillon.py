"""`paris-droits echantillon generer`: a synthetic Paris household sample with planted take-up."""

from __future__ import annotations

from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree


def _nombre(valeur: str, champ: str, entier: bool, minimum: float):
    try:
        nombre = int(str(valeur).strip()) if entier else float(str(valeur).strip().replace(",", "."))
    except ValueError:
        nombre = None
    if nombre is None or nombre < minimum:
        genre = "un nombre entier" if entier else "un nombre"
        raise ErreurEntree(f"Le champ « {champ} » doit être {genre} supérieur ou égal à {minimum}, pas « {valeur} ».", champ=champ)
    return nombre


@click.group("echantillon")
def echantillon():
    """Échantillons de ménages : génération d'une population parisienne synthétique."""


@echantillon.command("generer")
@click.option("--menages", default="20000", show_default=True, help="Nombre de ménages à tirer.")
@click.option("--graine", default="0", show_default=True, help="Graine du tirage (même graine, même échantillon).")
@click.option("--periode", help="Mois de référence AAAA-MM (âges, règles) ; par défaut 2026-11.")
@click.option("--erreurs-inclusion", default="0.02", show_default=True,
              help="Part de bénéficiaires en plus, tirés parmi les ménages calculés non éligibles à une condition près.")
@click.option("--revenus-mal-declares", default="0", show_default=True,
              help="Part des ménages dont les revenus enregistrés diffèrent de ceux retenus par l'administration.")
@click.option("-o", "--sortie", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dossier où écrire menages.parquet, individus.parquet et verite_terrain.json.")
@click.option("--processus", default="1", show_default=True, help="Processus de calcul en parallèle.")
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def generer(menages, graine, periode, erreurs_inclusion, revenus_mal_declares, sortie, processus, quiet):
    """Tire des ménages parisiens calés sur les données publiques, calcule leurs droits et plante la perception observée."""
    import sys

    from paris_droits.population import generateur as population
    from paris_droits.population import synthese

    echantillon_ = synthese.generer_echantillon(
        _nombre(menages, "menages", True, 1),
        graine=_nombre(graine, "graine", True, 0),
        periode=periode or population.PERIODE_PAR_DEFAUT,
        erreurs_inclusion=_nombre(erreurs_inclusion, "erreurs-inclusion", False, 0),
        revenus_mal_declares=_nombre(revenus_mal_declares, "revenus-mal-declares", False, 0),
        processus=_nombre(processus, "processus", True, 1),
        progression=not quiet and sys.stderr.isatty(),
    )
    synthese.ecrire(echantillon_, sortie)
    click.echo(
        f"{len(echantillon_.menages)} ménages et {len(echantillon_.individus)} personnes écrits dans {sortie} "
        f"(graine {echantillon_.verite['graine']}, période {echantillon_.verite['periode']})."
    )


COMMANDES = [echantillon]
