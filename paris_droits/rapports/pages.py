"""HTML pages from Jinja2 templates (paris_droits/rapports/gabarits/, shipped inside the wheel).

One base template (`base.html`) carries the print CSS shared by the fiche de droits and the two
policy reports: A4 pages, margins, page breaks, colours with a contrast of at least 4.5:1.
Autoescaping is on: every value is escaped unless it is marked safe, and only the charts' SVG,
generated here by matplotlib (which escapes its own texts), is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.commun.format import euros, euros_signes, montant_abrege, nombre, pourcentage


@dataclass
class Tableau:
    """A table of a report: header row, rows of formatted cells (the first one names the row), notes under it."""

    identifiant: str
    entetes: list[str]
    lignes: list[list[str]]
    legende: str = ""
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def environnement() -> Environment:
    env = Environment(
        loader=PackageLoader("paris_droits.rapports", "gabarits"),
        autoescape=select_autoescape(["html"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        euros=euros, euros_signes=euros_signes, montant_abrege=montant_abrege, nombre=nombre, pourcentage=pourcentage
    )
    return env


def rendre(gabarit: str, **contexte) -> str:
    """Render one template of paris_droits/rapports/gabarits/."""
    return environnement().get_template(gabarit).render(**contexte)


def ecrire_html(contenu: str, chemin: str | Path, personnel: bool = False) -> Path:
    """Write a page atomically (0644 for aggregated reports, 0600 for one household's page); the folder is created if needed."""
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    return ecrire_texte(chemin, contenu, personnel=personnel)
