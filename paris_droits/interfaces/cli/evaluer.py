"""`paris-droits evaluer`: every aid for one household, in French."""

from __future__ import annotations

from pathlib import Path

import click

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import ecrire_texte, verifier_sortie


@click.command()
@click.argument("fichier", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", help="Mois de calcul, AAAA-MM (par défaut : celui de la fiche, sinon le mois en cours).")
@click.option(
    "--format", "format_", type=click.Choice(["texte", "json", "markdown", "html"]), default="texte", show_default=True,
    help="Forme du résultat.",
)
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Écrire le résultat dans ce fichier.")
@click.option("--interactif", is_flag=True, help="Poser les questions une à une, puis afficher le résultat.")
@click.option("--reforme", "reformes", multiple=True, help="Comparer à une réforme (NOM ou FICHIER.yaml ; répétable) : texte ou json.")
def evaluer(fichier, periode, format_, sortie, interactif, reformes):
    """Droits d'un ménage : chaque aide, son montant, pourquoi ou pourquoi pas, et les pièces à fournir.

    FICHIER est une situation OpenFisca (JSON) ou une fiche ménage (YAML ou JSON).
    """
    from paris_droits.menage.evaluation import evaluer as evaluer_menage
    from paris_droits.menage.situation import charger_fichier
    from paris_droits.rapports.droits import FORMATS

    if sortie is not None:
        verifier_sortie(sortie)
    if interactif:
        from paris_droits.interfaces.cli.interactif import questionner

        donnees = questionner()
    elif fichier is None:
        raise ErreurEntree("Indiquez un FICHIER (situation ou fiche ménage), ou utilisez --interactif.", champ="FICHIER")
    else:
        donnees = charger_fichier(fichier)
    if reformes:
        from paris_droits.rapports.droits import comparaison_json, comparaison_texte

        if format_ not in ("texte", "json"):
            raise ErreurEntree("Avec --reforme, choisissez --format texte ou json.", champ="format")
        base = evaluer_menage(donnees, periode)
        avec_reforme = evaluer_menage(donnees, periode, reformes=tuple(reformes))
        resultat = (comparaison_json if format_ == "json" else comparaison_texte)(base, avec_reforme)
    else:
        resultat = FORMATS[format_](evaluer_menage(donnees, periode))
    if sortie:
        ecrire_texte(sortie, resultat, personnel=True)
        click.echo(f"Résultat écrit dans {sortie}.", err=True)
    else:
        click.echo(resultat)


COMMANDES = [evaluer]
