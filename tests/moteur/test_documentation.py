"""The README documents every command, and the social workers' guide the fiche keys."""

from pathlib import Path

import click

from paris_droits.interfaces.cli.principal import main

RACINE = Path(__file__).parents[2]


def _commandes(groupe: click.Group, prefixe: str = ""):
    for nom, commande in groupe.commands.items():
        if isinstance(commande, click.Group):
            yield from _commandes(commande, f"{prefixe}{nom} ")
        else:
            yield f"{prefixe}{nom}"


def test_chaque_commande_est_documentee_dans_le_readme():
    readme = (RACINE / "README.md").read_text(encoding="utf-8")
    manquantes = [commande for commande in _commandes(main) if f"`{commande}`" not in readme]
    assert manquantes == []


def test_le_readme_montre_les_deux_commandes_et_ci_les_appelle():
    readme = (RACINE / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (RACINE / ".ci" / "run").read_text(encoding="utf-8")


def test_le_guide_des_travailleurs_sociaux_documente_chaque_cle_de_la_fiche():
    from paris_droits.menage.fiche import CLES_MENAGE, CLES_PERSONNE

    guide = (RACINE / "docs" / "travailleurs-sociaux.md").read_text(encoding="utf-8")
    manquantes = [cle for cle in (*CLES_MENAGE, *CLES_PERSONNE) if f"`{cle}`" not in guide]
    assert manquantes == []
