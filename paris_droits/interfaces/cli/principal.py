"""The `paris-droits` command line: parse, call the library, print.

No rule lives here. Errors become one French sentence on stderr and exit code 2.
"""

from __future__ import annotations

import signal
import sys

import click

from paris_droits.commun import interruptions
from paris_droits.commun.erreurs import ErreurParisDroits
from paris_droits.commun.interruptions import ArretParSignal
from paris_droits.interfaces.cli import (
    campagne,
    cantine,
    echantillon,
    evaluer,
    francais,
    lot,
    non_recours,
    reforme,
    renouvellements,
    serve,
)


class _Groupe(click.Group):
    """Turns library errors into one French sentence and a non-zero exit, never a traceback."""

    def main(self, args=None, prog_name=None, **extra):
        """click's own errors (unknown option, bad value…) as one French sentence too, exit 2."""
        try:
            return super().main(args, prog_name, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as erreur:
            click.echo(erreur.ctx.get_help(), err=True)  # a bare group: its help, as click shows it
            sys.exit(erreur.exit_code)
        except click.UsageError as erreur:
            aide = f" (aide : « {erreur.ctx.command_path} --help »)" if erreur.ctx is not None else ""
            click.echo(f"Erreur : {erreur.format_message()}{aide}", err=True)
            sys.exit(erreur.exit_code)
        except click.ClickException as erreur:
            click.echo(f"Erreur : {erreur.format_message()}", err=True)
            sys.exit(erreur.exit_code)
        except click.exceptions.Abort:
            click.echo("Abandon.", err=True)
            sys.exit(1)

    def invoke(self, ctx):
        try:
            with interruptions.surveillees():
                return super().invoke(ctx)
        except ErreurParisDroits as erreur:
            click.echo(f"Erreur : {erreur.message}", err=True)
            sys.exit(erreur.code_sortie)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except ArretParSignal as arret:
            nom = signal.Signals(arret.numero).name
            click.echo(f"Interrompu par le signal {nom} : calcul arrêté, aucun fichier n'a été écrit à moitié.", err=True)
            sys.exit(128 + arret.numero)
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


@click.group(cls=_Groupe, subcommand_metavar=francais.SOUS_COMMANDE, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="paris-droits", message="paris-droits %(version)s")
def main():
    """Moteur de règles des aides sociales de la Ville de Paris."""


def _attacher_commandes() -> None:
    """Attach the commands, one module per domain in this package."""
    for module in (campagne, cantine, echantillon, evaluer, lot, non_recours, reforme, renouvellements, serve):
        for commande in module.COMMANDES:
            main.add_command(commande)


_attacher_commandes()


if __name__ == "__main__":
    main()
