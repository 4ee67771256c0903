"""Output files of the commands: the formats each accepts, checked before any computation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import verifier_sortie


def format_de_sortie(sortie: Path | None, suffixes: tuple[str, ...], creer_dossier: bool = True) -> str | None:
    """The output's suffix ('.xlsx', '.html'…) if it is one of `suffixes` and its folder is writable;
    else one French sentence, before anything is computed."""
    if sortie is None:
        return None
    suffixe = sortie.suffix.lower()
    if suffixe not in suffixes:
        permis = ", ".join(suffixes[:-1]) + f" ou {suffixes[-1]}" if len(suffixes) > 1 else suffixes[0]
        raise ErreurEntree(f"Le fichier de sortie « {sortie.name} » doit se terminer par {permis}.", champ="sortie")
    verifier_sortie(sortie, creer_dossier=creer_dossier)
    return suffixe


def publier(resultat, format_: str, texte: Callable, sortie: Path | None = None, feuilles: Callable | None = None,
            html: Callable | None = None) -> None:
    """Print a result (its JSON `en_dict()`, or `texte(resultat)`), then write the file asked, if any: a
    workbook from `feuilles(resultat)` (.xlsx) or an HTML report from `html(resultat)`, named on stderr
    (stdout keeps the result alone, JSON included)."""
    from paris_droits.commun.tableaux import ecrire_classeur
    from paris_droits.rapports.pages import ecrire_html

    click.echo(json.dumps(resultat.en_dict(), ensure_ascii=False, indent=2) if format_ == "json" else texte(resultat))
    if sortie is None:
        return
    if sortie.suffix.lower() == ".xlsx":
        ecrire_classeur(sortie, feuilles(resultat))
        click.echo(f"Classeur écrit dans {sortie}.", err=True)
    else:
        ecrire_html(html(resultat), sortie)
        click.echo(f"Rapport écrit dans {sortie}.", err=True)
