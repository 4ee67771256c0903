"""`paris-droits reforme comparer` and `paris-droits reforme lister`: parse, call the library, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from paris_droits.interfaces.cli.francais import SOUS_COMMANDE
from paris_droits.interfaces.cli.sorties import format_de_sortie


@click.group(subcommand_metavar=SOUS_COMMANDE)
def reforme():
    """Simuler des réformes et les comparer à la législation en vigueur."""


@reforme.command("lister")
def lister():
    """Réformes codées (reforms/) et réformes paramétriques livrées (fichiers YAML)."""
    from paris_droits.regles import reformes

    for nom in reformes.reformes_codees():
        classe = reformes.classe_reforme(nom)
        click.echo(f"{nom} — {classe.name}")
    for nom in reformes.reformes_parametriques():
        libelle = reformes.libelle_reforme_parametrique(reformes.chemins.REFORMES / nom)
        click.echo(f"{nom} — {libelle + ' ' if libelle else ''}(réforme paramétrique, YAML)")


@reforme.command("comparer")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--reforme", "noms", multiple=True, required=True, help="Réforme codée (NOM) ou paramétrique (FICHIER.yaml) ; répétable, appliquées dans l'ordre.")
@click.option("--periode", help="Mois de calcul AAAA-MM (par défaut : celui de l'échantillon intégré, sinon le mois en cours).")
@click.option("--format", "format_", type=click.Choice(["texte", "json"]), default="texte", show_default=True, help="Forme du résultat.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path),
              help="Rapport HTML (graphiques compris) ou classeur .xlsx (une feuille par table) à écrire.")
@click.option("--processus", default=1, show_default=True, type=click.IntRange(1, 16), help="Processus de calcul en parallèle.")
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def comparer(echantillon, noms, periode, format_, sortie, processus, quiet):
    """Coût, gagnants et perdants d'une réforme sur un échantillon de ménages.

    ECHANTILLON : dossier contenant menages.parquet et individus.parquet (ou .csv) ; sans
    ECHANTILLON, l'échantillon synthétique intégré.
    """
    from paris_droits.commun.tableaux import ecrire_classeur
    from paris_droits.rapports import reforme as rapport_reforme
    from paris_droits.rapports.pages import ecrire_html
    from paris_droits.rapports.tableurs import feuilles_reforme
    from paris_droits.reformes.comparaison import comparer as comparer_reformes

    suffixe = format_de_sortie(sortie, (".html", ".xlsx"))
    resultat = comparer_reformes(
        list(noms), echantillon, periode, processus=processus, progression=not quiet and sys.stderr.isatty()
    )
    if format_ == "json":
        click.echo(json.dumps(resultat.en_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(rapport_reforme.texte(resultat))
    if suffixe == ".xlsx":
        ecrire_classeur(sortie, feuilles_reforme(resultat))
    elif suffixe == ".html":
        ecrire_html(rapport_reforme.html_rapport(resultat), sortie)
    if sortie:
        click.echo(f"Rapport écrit dans {sortie}.", err=True)


COMMANDES = [reforme]
