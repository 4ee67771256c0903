"""`paris-droits reforme comparer` and `paris-droits reforme lister`: parse, call the library, print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.francais import SOUS_COMMANDE
from paris_droits.interfaces.cli.options import lire_moteur, options_moteur
from paris_droits.interfaces.cli.sorties import format_de_sortie, publier


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
@click.option("--reforme", "noms", multiple=True, help="Réforme codée (NOM) ou paramétrique (FICHIER.yaml) ; répétable, appliquées dans l'ordre.")
@click.option("--grille", type=click.Path(dir_okay=False, path_type=Path),
              help="Grille de réformes (FICHIER.yaml) : un ou deux paramètres balayés, une comparaison par variante (docs/echelle.md).")
@click.option("--periode", help="Mois de calcul AAAA-MM (par défaut : celui de l'échantillon intégré, sinon le mois en cours).")
@click.option("--format", "format_", type=click.Choice(["texte", "json"]), default="texte", show_default=True, help="Forme du résultat.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path),
              help="Rapport HTML (graphiques compris) ou classeur .xlsx (une feuille par table) à écrire.")
@options_moteur
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def comparer(echantillon, noms, grille, periode, format_, sortie, nom_moteur, processus, planificateur, quiet):
    """Coût, gagnants et perdants d'une réforme (ou de chaque variante d'une grille) sur un échantillon de ménages.

    ECHANTILLON : dossier contenant menages.parquet et individus.parquet (ou .csv) ; sans
    ECHANTILLON, l'échantillon synthétique intégré.
    """
    from paris_droits.rapports.tableurs import feuilles_grille, feuilles_reforme

    if bool(noms) == (grille is not None):
        raise ErreurEntree(
            "Indiquez soit une ou plusieurs réformes (--reforme NOM ou FICHIER.yaml), soit une grille (--grille FICHIER.yaml).",
            champ="reforme",
        )
    format_de_sortie(sortie, (".html", ".xlsx"))
    moteur = lire_moteur(nom_moteur, processus, planificateur)
    progression = not quiet and sys.stderr.isatty()
    if grille is not None:
        from paris_droits.rapports import grille as rapport
        from paris_droits.reformes.grille import comparer_grille

        resultat = comparer_grille(grille, echantillon, periode, moteur=moteur, progression=progression)
        feuilles = feuilles_grille
    else:
        from paris_droits.rapports import reforme as rapport
        from paris_droits.reformes.comparaison import comparer as comparer_reformes

        resultat = comparer_reformes(list(noms), echantillon, periode, progression=progression, moteur=moteur)
        feuilles = feuilles_reforme
    publier(resultat, format_, rapport.texte, sortie, feuilles, rapport.html_rapport)


COMMANDES = [reforme]
