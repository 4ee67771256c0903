"""`paris-droits cantine`: tranche, meal price and monthly canteen bill of each household."""

from __future__ import annotations

from pathlib import Path

import click

from paris_droits.regles import chemins


def _situations_exemples() -> list[Path]:
    return sorted(chemins.SITUATIONS.glob("*.json"))


@click.command()
@click.argument("fichiers", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", help="Mois de calcul, AAAA-MM (par défaut : le mois des données de chaque fichier).")
def cantine(fichiers, periode):
    """Tranche, tarif du repas et facture mensuelle de cantine de chaque ménage.

    Sans FICHIERS, calcule les situations d'exemple livrées avec le paquet.
    """
    from paris_droits.commun.format import euros
    from paris_droits.menage.cantine import resume_cantine
    from paris_droits.menage.situation import charger_fichier

    for chemin in fichiers or _situations_exemples():
        lignes, avertissements = resume_cantine(charger_fichier(chemin), periode)
        for avertissement in avertissements:
            click.echo(f"Attention ({chemin.name}) : {avertissement}", err=True)
        for ligne in lignes:
            click.echo(
                f"{chemin.stem} ({ligne['periode']}) : tranche {ligne['tranche']}, "
                f"{euros(ligne['tarif_repas'])} le repas, facture mensuelle {euros(ligne['cout_mensuel'])} "
                f"— QF {euros(ligne['quotient_familial'])} ({ligne['route_qf_libelle']})"
                + (
                    f" ; sans dossier de QF, surcoût de {euros(ligne['surcout_sans_dossier'])} par mois"
                    if ligne["surcout_sans_dossier"] > 0
                    else ""
                )
            )


COMMANDES = [cantine]
