"""`paris-droits non-recours`, `aller-vers` and `versement-automatique`: parse, call the library, print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.options import lire_moteur, options_moteur
from paris_droits.interfaces.cli.sorties import format_de_sortie, publier

FORMATS = ("texte", "json")


def _progression(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@click.command("non-recours")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul AAAA-MM, ou plage AAAA-MM..AAAA-MM (une estimation par mois) ; par défaut : "
              "celui de l'échantillon, sinon le mois en cours.")
@click.option("--par", "par", multiple=True, help="Découpage : arrondissement, qpv ou type_menage (répétable).")
@click.option("--replicats", default=500, show_default=True, type=click.IntRange(1, 100_000), help="Nombre de réplicats du bootstrap.")
@click.option("--graine", default=0, show_default=True, type=click.IntRange(0, 2**32 - 1), help="Graine du bootstrap.")
@click.option("--format", "format_", default="texte", show_default=True, type=click.Choice(FORMATS), help="Forme du résultat.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path),
              help="Rapport HTML (graphiques compris) ou classeur .xlsx (une feuille par table) à écrire.")
@options_moteur
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def non_recours(echantillon, periode, par, replicats, graine, format_, sortie, nom_moteur, processus, planificateur, quiet):
    """Taux de non-recours, montants non réclamés et erreurs d'inclusion, aide par aide.

    ECHANTILLON : dossier contenant menages.parquet et individus.parquet (ou .csv).
    Sans ECHANTILLON, utilise l'échantillon synthétique intégré (généré au premier usage puis mis en cache).
    """
    from paris_droits.commun.periodes import est_une_plage, lire_periodes
    from paris_droits.non_recours import estimation as module
    from paris_droits.rapports import non_recours as rapport
    from paris_droits.rapports.tableurs import feuilles_non_recours

    moteur = lire_moteur(nom_moteur, processus, planificateur)
    if est_une_plage(periode):
        periodes = lire_periodes(periode)
        if sortie is not None:
            raise ErreurEntree(
                "Le rapport (-o) porte sur un mois : avec une plage de mois, utilisez le texte ou --format json, "
                "ou un rapport par mois (--periode AAAA-MM).",
                champ="sortie",
            )
        estimations = module.estimer_periodes(
            echantillon, periodes, par=tuple(par), replicats=replicats, graine=graine, progression=_progression(quiet), moteur=moteur
        )
        publier(estimations, format_, rapport.texte_periodes)
        return
    format_de_sortie(sortie, (".html", ".xlsx"))
    estimation = module.estimer(
        echantillon, periode=periode, par=tuple(par), replicats=replicats, graine=graine,
        progression=_progression(quiet), moteur=moteur,
    )
    publier(estimation, format_, rapport.texte, sortie, feuilles_non_recours, rapport.html_rapport)


@click.command("aller-vers")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul AAAA-MM.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path),
              help="Liste à écrire : .csv (RFC 4180, UTF-8) ou .xlsx ; sinon en CSV sur la sortie standard.")
def aller_vers(echantillon, periode, sortie):
    """Liste des ménages éligibles qui ne perçoivent pas leurs aides, du plus gros montant non réclamé au plus petit.

    Identifiants seulement (id_menage) : aucune autre donnée personnelle. Pour chaque ménage, les aides à proposer
    et les justificatifs à demander. La liste révèle des aides sensibles (handicap, soins palliatifs) :
    le fichier est créé lisible par son seul propriétaire (droits 0600).
    """
    from paris_droits.commun.tableaux import ecrire_classeur, neutraliser_formules
    from paris_droits.lot.echantillon import ecrire_table
    from paris_droits.non_recours import aller_vers as module
    from paris_droits.rapports.tableurs import feuilles_aller_vers

    suffixe = format_de_sortie(sortie, (".csv", ".xlsx"))
    table = module.liste(echantillon, periode)
    if sortie is None:
        click.echo(neutraliser_formules(table).to_csv(index=False), nl=False)
        return
    if suffixe == ".xlsx":
        ecrire_classeur(sortie, feuilles_aller_vers(table), personnel=True)
    else:
        ecrire_table(table, sortie, personnel=True)
    click.echo(f"{len(table)} ménages à contacter, liste écrite dans {sortie}")


@click.command("versement-automatique")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--sources", help="Administrations qui transmettent leurs données, séparées par des virgules "
              "(caf, dgfip, caisse_des_ecoles, ville, mdph, cnav, crous ; par défaut : toutes).")
@click.option("--periode", help="Mois de calcul AAAA-MM.")
@click.option("--format", "format_", default="texte", show_default=True, type=click.Choice(FORMATS), help="Forme du résultat.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Classeur .xlsx à écrire (par aide, ensemble).")
def versement_automatique(echantillon, sources, periode, format_, sortie):
    """Part des éligibles payés automatiquement, coût en plus et non-recours résiduel, avec et sans chaque source."""
    from paris_droits.non_recours import versement_automatique as module
    from paris_droits.non_recours.analyse import analyser
    from paris_droits.rapports import non_recours as rapport
    from paris_droits.rapports.tableurs import feuilles_versement

    format_de_sortie(sortie, (".xlsx",))
    choisies = module.lire_sources(sources)
    comparaison = module.comparer(analyser(echantillon, periode), choisies)
    publier(comparaison, format_, rapport.texte_versement, sortie, feuilles_versement)


COMMANDES = [non_recours, aller_vers, versement_automatique]
