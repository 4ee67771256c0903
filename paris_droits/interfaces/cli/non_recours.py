"""`paris-droits non-recours`, `aller-vers` and `versement-automatique`: parse, call the library, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree

FORMATS = ("texte", "json")


def _format(valeur: str) -> str:
    if valeur not in FORMATS:
        raise ErreurEntree(f"Le champ « format » vaut « {valeur} » : choisissez texte ou json.", champ="format")
    return valeur


def _entier(valeur: str, champ: str, minimum: int) -> int:
    try:
        entier = int(str(valeur).strip())
    except ValueError:
        entier = minimum - 1
    if entier < minimum:
        raise ErreurEntree(
            f"Le champ « {champ} » doit être un nombre entier supérieur ou égal à {minimum}, pas « {valeur} ».", champ=champ
        )
    return entier


def _progression(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@click.command("non-recours")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul AAAA-MM (par défaut : celui de l'échantillon synthétique, sinon le mois en cours).")
@click.option("--par", "par", multiple=True, help="Découpage : arrondissement, qpv ou type_menage (répétable).")
@click.option("--replicats", default="500", show_default=True, help="Nombre de réplicats du bootstrap.")
@click.option("--graine", default="0", show_default=True, help="Graine du bootstrap.")
@click.option("--format", "format_", default="texte", show_default=True, help="texte ou json.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Rapport HTML à écrire (graphiques compris).")
@click.option("--processus", default="1", show_default=True, help="Processus de calcul en parallèle.")
@click.option("--quiet", is_flag=True, help="Pas de barre de progression.")
def non_recours(echantillon, periode, par, replicats, graine, format_, sortie, processus, quiet):
    """Taux de non-recours, montants non réclamés et erreurs d'inclusion, aide par aide.

    ECHANTILLON : dossier contenant menages.parquet et individus.parquet (ou .csv).
    Sans ECHANTILLON, utilise l'échantillon synthétique intégré (généré au premier usage puis mis en cache).
    """
    from paris_droits.non_recours import estimation as module
    from paris_droits.rapports import non_recours as rapport

    format_ = _format(format_)
    estimation = module.estimer(
        echantillon,
        periode=periode,
        par=tuple(par),
        replicats=_entier(replicats, "replicats", 1),
        graine=_entier(graine, "graine", 0),
        processus=_entier(processus, "processus", 1),
        progression=_progression(quiet),
    )
    if format_ == "json":
        click.echo(json.dumps(estimation.en_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(rapport.texte(estimation))
    if sortie is not None:
        rapport.ecrire_html(rapport.html_rapport(estimation), sortie)
        click.echo(f"Rapport HTML écrit dans {sortie}", err=format_ == "json")


@click.command("aller-vers")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul AAAA-MM.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Liste CSV à écrire (sinon sur la sortie standard).")
def aller_vers(echantillon, periode, sortie):
    """Liste des ménages éligibles qui ne perçoivent pas leurs aides, du plus gros montant non réclamé au plus petit.

    Identifiants seulement (id_menage) : aucune autre donnée personnelle. Pour chaque ménage, les aides à proposer
    et les justificatifs à demander.
    """
    from paris_droits.lot.echantillon import ecrire_table
    from paris_droits.non_recours import aller_vers as module

    table = module.liste(echantillon, periode)
    if sortie is None:
        click.echo(table.to_csv(index=False), nl=False)
        return
    if sortie.suffix.lower() != ".csv":
        raise ErreurEntree(f"Le fichier de sortie « {sortie.name} » doit se terminer par .csv.", champ="sortie")
    sortie.parent.mkdir(parents=True, exist_ok=True)
    ecrire_table(table, sortie, personnel=True)
    click.echo(f"{len(table)} ménages à contacter, liste écrite dans {sortie}")


@click.command("versement-automatique")
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--sources", help="Administrations qui transmettent leurs données, séparées par des virgules "
              "(caf, dgfip, caisse_des_ecoles, ville, mdph, cnav, crous ; par défaut : toutes).")
@click.option("--periode", help="Mois de calcul AAAA-MM.")
@click.option("--format", "format_", default="texte", show_default=True, help="texte ou json.")
def versement_automatique(echantillon, sources, periode, format_):
    """Part des éligibles payés automatiquement, coût en plus et non-recours résiduel, avec et sans chaque source."""
    from paris_droits.non_recours import versement_automatique as module
    from paris_droits.non_recours.analyse import analyser
    from paris_droits.rapports import non_recours as rapport

    format_ = _format(format_)
    choisies = module.lire_sources(sources)
    comparaison = module.comparer(analyser(echantillon, periode), choisies)
    if format_ == "json":
        click.echo(json.dumps(comparaison.en_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(rapport.texte_versement(comparaison))


COMMANDES = [non_recours, aller_vers, versement_automatique]
