"""Output files of the commands: the formats each accepts, checked before any computation."""

from __future__ import annotations

from pathlib import Path

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
