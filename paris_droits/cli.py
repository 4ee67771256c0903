"""The `paris-droits` command line: parse, call the library, print.

No rule lives here. Errors become one French sentence on stderr and exit code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paris_droits import chemins
from paris_droits.erreurs import ErreurParisDroits


class _Groupe(click.Group):
    """Turns library errors into one French sentence and a non-zero exit, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ErreurParisDroits as erreur:
            click.echo(f"Erreur : {erreur.message}", err=True)
            sys.exit(erreur.code_sortie)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("Interrompu.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader went away (`… | head`): stop quietly, as Unix tools do.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as erreur:  # last resort: no traceback for users
            click.echo(
                f"Erreur interne inattendue ({type(erreur).__name__}) : {erreur}. "
                "Merci de signaler ce problème avec la commande utilisée.",
                err=True,
            )
            sys.exit(1)


@click.group(cls=_Groupe, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="paris-droits", message="paris-droits %(version)s")
def main():
    """Moteur de règles des aides sociales de la Ville de Paris."""


def _situations_exemples() -> list[Path]:
    return sorted(chemins.SITUATIONS.glob("*.json"))


@main.command()
@click.argument("fichiers", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", help="Mois de calcul, au format AAAA-MM (par défaut : le mois en cours).")
def cantine(fichiers, periode):
    """Tranche, tarif du repas et facture mensuelle de cantine de chaque ménage.

    Sans FICHIERS, calcule les situations d'exemple livrées avec le paquet.
    """
    from paris_droits.cantine import resume_cantine
    from paris_droits.format import euros
    from paris_droits.situation import charger_fichier

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


def _attacher_commandes() -> None:
    """Attach the commands defined in paris_droits/commandes/ (one module per domain)."""
    import importlib
    import pkgutil

    from paris_droits import commandes

    for module in pkgutil.iter_modules(commandes.__path__):
        contenu = importlib.import_module(f"paris_droits.commandes.{module.name}")
        for commande in getattr(contenu, "COMMANDES", ()):
            main.add_command(commande)


_attacher_commandes()


if __name__ == "__main__":
    main()
