"""What every benchmark shares: writing its section of docs/performance.md."""

from __future__ import annotations

import re
from pathlib import Path

from paris_droits.commun.fichiers import ecrire_texte


def ecrire_section(section: str, chemin: Path, debut: str, fin: str) -> None:
    """Replace (or append) the section between the markers, keeping the rest of the file."""
    if chemin.exists():
        texte = chemin.read_text(encoding="utf-8")
    else:
        texte = "# Performances\n\n"
    motif = re.compile(re.escape(debut) + r".*?" + re.escape(fin) + r"\n?", re.DOTALL)
    if motif.search(texte):
        texte = motif.sub(lambda _: section, texte, count=1)
    else:
        texte = texte.rstrip("\n") + "\n\n" + section
    chemin.parent.mkdir(parents=True, exist_ok=True)
    ecrire_texte(chemin, texte)
