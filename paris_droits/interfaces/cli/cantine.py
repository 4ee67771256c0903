"""`paris-droits cantine`: tranche, meal price and monthly canteen bill of each household."""

from __future__ import annotations

from pathlib import Path

import click

from paris_droits.regles import chemins


def _situations_exemples() -> list[Path]:
    return sorted(chemins.SITUATIONS.glob("*.json"))


@click.command()
@click.argument("fichiers", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", help="Mois de calcul, au format AAAA-MM (par défaut : le mois en cours).")
def cantine(fichiers, periode):
    """Tranche, tarif du repas et facture mensuelle de cantine de chaque ménage.

    Sans FICHIERS, calcule les situations d'exemple livrées avec le paquet.
    """
    from paris_droits.commun.format import euros
    from paris_droits.menage.cantine import resume_cantine
    from paris_droits.menage.situation import charger_fichier

    for chemin in fichiers or _situations_exemples():
        for ligne in resume_cantine(charger_fichier(chemin), periode):
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
