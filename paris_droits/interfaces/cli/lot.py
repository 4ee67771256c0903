"""`paris-droits lot`: every aid for every household of a sample, written to a file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.sorties import format_de_sortie

FORMATS_SORTIE = (".parquet", ".csv", ".xlsx")


@click.command()
@click.argument("echantillon", required=False, type=click.Path(path_type=Path))
@click.option("--periode", help="Mois de calcul, AAAA-MM (par défaut : le mois de l'échantillon, s'il le précise).")
@click.option(
    "-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path),
    help="Fichier de résultats : .parquet, .csv (les rejets vont dans <nom>.rejets.csv à côté) ou .xlsx (feuilles Résultats et Rejets).",
)
@click.option("--strict", is_flag=True, help="S'arrêter au premier ménage invalide au lieu de le rejeter.")
@click.option("--quiet", "-q", is_flag=True, help="Pas de barre de progression.")
@click.option("--processus", default=1, show_default=True, type=click.IntRange(1, 64), help="Nombre de processus de calcul.")
@click.option("--taille-lot", type=click.IntRange(1, 10_000_000),
              help="Ménages calculés ensemble par simulation (par défaut 50 000, 20 000 avec plusieurs processus).")
@click.option("--variables", help="Variables du ménage à ajouter aux résultats, séparées par des virgules.")
def lot(echantillon, periode, sortie, strict, quiet, processus, taille_lot, variables):
    """Calcule toutes les aides pour chaque ménage d'un échantillon.

    ECHANTILLON est un dossier contenant menages.parquet et individus.parquet
    (ou menages.csv et individus.csv) ; voir docs/echantillon.md.
    """
    from paris_droits.catalogue.registre import aide
    from paris_droits.commun.format import nombre
    from paris_droits.commun.tableaux import LIGNES_MAX_XLSX, ecrire_classeur
    from paris_droits.lot.calcul import aides_non_encodees, calculer
    from paris_droits.lot.echantillon import chemin_rejets, ecrire_table, lire_echantillon, preparer
    from paris_droits.rapports.tableurs import feuilles_lot
    from paris_droits.regles.couverture import mois_couvert

    if echantillon is None:
        raise ErreurEntree("Indiquez l'ECHANTILLON : un dossier contenant menages.parquet et individus.parquet.", champ="ECHANTILLON")
    if sortie is None:
        raise ErreurEntree("L'option « -o » est obligatoire : le fichier de résultats, par exemple -o resultats.parquet.", champ="sortie")
    suffixe = format_de_sortie(sortie, FORMATS_SORTIE, creer_dossier=False)
    if periode is not None:
        periode = mois_couvert(periode)
    noms_variables = [nom.strip() for nom in variables.split(",") if nom.strip()] if variables else None

    lu = lire_echantillon(echantillon)
    if suffixe == ".xlsx" and len(lu.menages) > LIGNES_MAX_XLSX:
        raise ErreurEntree(
            f"L'échantillon compte {len(lu.menages)} ménages, plus qu'une feuille de tableur n'a de lignes ({LIGNES_MAX_XLSX}) : "
            "écrivez un fichier .parquet ou .csv.",
            champ="sortie",
        )
    if periode is None:
        if lu.periode is None:
            raise ErreurEntree(
                "L'option « --periode » est obligatoire : l'échantillon ne précise pas son mois (echantillon.json) ; "
                "par exemple --periode 2026-11.",
                champ="periode",
            )
        periode = mois_couvert(lu.periode, "echantillon.json : periode")
    preparation = preparer(
        lu.menages, lu.individus, strict=strict, fichiers=(lu.fichier_menages, lu.fichier_individus), periode=periode
    )
    resultats = calculer(
        preparation, periode, variables=noms_variables, processus=processus,
        progression=sys.stderr.isatty() and not quiet, taille_lot=taille_lot,
    )
    if suffixe == ".xlsx":
        ecrire_classeur(sortie, feuilles_lot(resultats, preparation.rejets), personnel=True)
        rejets = f"la feuille « Rejets » de {sortie.name}"
    else:
        ecrire_table(resultats, sortie, personnel=True)
        rejets = chemin_rejets(sortie)
        ecrire_table(preparation.rejets, rejets, personnel=True)
    nombre_rejets = len(preparation.rejets)
    click.echo(
        f"{nombre(len(resultats))} ménage{'s' if len(resultats) > 1 else ''} calculé{'s' if len(resultats) > 1 else ''} "
        f"pour {periode}, {nombre(nombre_rejets)} rejeté{'s' if nombre_rejets > 1 else ''} (voir {rejets}) ; "
        f"résultats écrits dans {sortie}."
    )
    non_encodees = aides_non_encodees(resultats)
    if non_encodees:
        click.echo(
            f"Attention : règles non encodées pour {periode} pour {', '.join(aide(s).libelle for s in non_encodees)} ; "
            "leurs colonnes sont vides (inconnues), pas nulles.",
            err=True,
        )


COMMANDES = [lot]
