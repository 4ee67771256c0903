"""`paris-droits lot`: every aid for every household of a sample, written to a file or a Parquet dataset."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.options import lire_moteur, options_moteur
from paris_droits.interfaces.cli.sorties import format_de_sortie

FORMATS_SORTIE = (".parquet", ".csv", ".xlsx")


def _pluriel(nombre: int, mot: str) -> str:
    return f"{mot}s" if nombre > 1 else mot


@click.command()
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul AAAA-MM, ou plage de mois AAAA-MM..AAAA-MM (résultats par mois) ; "
              "par défaut : le mois de l'échantillon, s'il le précise.")
@click.option(
    "-o", "--sortie", type=click.Path(path_type=Path),
    help="Résultats : fichier .parquet ou .csv (les rejets vont dans <nom>.rejets.csv à côté), .xlsx (feuilles "
    "Résultats et Rejets), ou dossier sans extension (jeu Parquet, un fichier par lot).",
)
@click.option("--strict", is_flag=True, help="S'arrêter au premier ménage invalide au lieu de le rejeter.")
@click.option("--quiet", "-q", is_flag=True, help="Pas de barre de progression.")
@options_moteur
@click.option("--taille-lot", type=click.IntRange(1, 10_000_000),
              help="Ménages lus et calculés ensemble (par défaut 50 000, 20 000 en parallèle).")
@click.option("--variables", help="Variables du ménage à ajouter aux résultats, séparées par des virgules.")
def lot(echantillon, periode, sortie, strict, quiet, nom_moteur, processus, planificateur, taille_lot, variables):
    """Calcule toutes les aides pour chaque ménage d'un échantillon.

    ECHANTILLON est un dossier contenant menages.parquet et individus.parquet
    (un fichier ou un dossier de fichiers Parquet chacun, lus par lots : la mémoire
    ne dépend pas du nombre de ménages), ou menages.csv et individus.csv ; voir
    docs/echantillon.md et docs/echelle.md.
    """
    from paris_droits.catalogue.registre import aide
    from paris_droits.commun.fichiers import verifier_sortie
    from paris_droits.commun.format import nombre
    from paris_droits.commun.periodes import est_une_plage, lire_periodes
    from paris_droits.commun.tableaux import ecrire_classeur
    from paris_droits.lot.sorties import est_un_jeu, verifier_jeu
    from paris_droits.lot.traitement import traiter
    from paris_droits.rapports.tableurs import feuilles_lot

    if echantillon is None:
        raise ErreurEntree("Indiquez l'ECHANTILLON : un dossier contenant menages.parquet et individus.parquet.", champ="ECHANTILLON")
    if sortie is None:
        raise ErreurEntree(
            "L'option « -o » est obligatoire : le fichier de résultats (par exemple -o resultats.parquet) "
            "ou un dossier (jeu Parquet).",
            champ="sortie",
        )
    if est_un_jeu(sortie) and not sortie.suffix:
        verifier_sortie(sortie.parent / f"{sortie.name}.rejets.csv")
        verifier_jeu(sortie)
    else:
        format_de_sortie(sortie, FORMATS_SORTIE, creer_dossier=False)
    moteur = lire_moteur(nom_moteur, processus, planificateur)
    periodes = lire_periodes(periode) if periode is not None else None
    noms_variables = [nom.strip() for nom in variables.split(",") if nom.strip()] if variables else None
    bilan = traiter(
        echantillon, sortie, periodes, par_mois=est_une_plage(periode), strict=strict, moteur=moteur, taille_lot=taille_lot,
        variables=noms_variables, progression=sys.stderr.isatty() and not quiet,
    )
    if bilan.tables is not None:  # a workbook: both tables, kept in memory (a sheet's rows bound them)
        ecrire_classeur(sortie, feuilles_lot(*bilan.tables), personnel=True)
        ou_rejets = f"la feuille « Rejets » de {sortie.name}"
    else:
        ou_rejets = bilan.rejets
    rejetes = f"{nombre(bilan.rejetes)} {_pluriel(bilan.rejetes, 'rejeté')} (voir {ou_rejets})"
    if len(bilan.periodes) == 1:
        resume = f"{nombre(bilan.calcules)} {_pluriel(bilan.calcules, 'ménage')} {_pluriel(bilan.calcules, 'calculé')} pour {bilan.periodes[0]}"
    else:
        resume = (
            f"{nombre(bilan.menages)} {_pluriel(bilan.menages, 'ménage')} × {len(bilan.periodes)} mois "
            f"({bilan.periodes[0]} à {bilan.periodes[-1]}) : {nombre(bilan.calcules)} {_pluriel(bilan.calcules, 'résultat')}"
        )
    click.echo(f"{resume}, {rejetes} ; résultats écrits dans {bilan.sortie}.")
    for periode_calculee, non_encodees in bilan.non_encodees.items():
        if non_encodees:
            click.echo(
                f"Attention : règles non encodées pour {periode_calculee} pour {', '.join(aide(s).libelle for s in non_encodees)} ; "
                "leurs colonnes sont vides (inconnues), pas nulles.",
                err=True,
            )


COMMANDES = [lot]
