"""`paris-droits campagne …`: outreach campaigns with a control group, their outcomes and their bilan.

Parse, call paris_droits.campagnes, print. The store is chosen by `--base` (a SQLite file or a
postgresql:// URL), else $PARIS_DROITS_BASE, else sorties/paris-droits.sqlite.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from paris_droits.interfaces.cli.francais import SOUS_COMMANDE

FORMATS_BILAN = ("texte", "json", "html")
AIDE_BASE = (
    "Base des campagnes : fichier SQLite ou adresse postgresql://utilisateur@hote/base "
    "(par défaut : variable PARIS_DROITS_BASE, sinon sorties/paris-droits.sqlite)."
)


def option_base(fonction):
    return click.option("--base", "base", metavar="URL", help=AIDE_BASE)(fonction)


def _compte(nombre: int, mot: str) -> str:
    """« 1 témoin », « 0 témoin », « 2 témoins » (French: the plural starts at 2)."""
    return f"{nombre} {mot}{'s' if nombre >= 2 else ''}"


def _ouvrir(base, creer: bool = False):
    """The store; only `campagne creer` creates it when it does not exist."""
    from paris_droits.campagnes.base import ouvrir

    return ouvrir(base, creer=creer)


@click.group("campagne", subcommand_metavar=SOUS_COMMANDE)
def campagne():
    """Campagnes d'aller-vers avec groupe témoin : création, liste à contacter, résultats, suivi et bilan."""


@campagne.command("creer")
@click.argument("nom")
@click.option("--echantillon", type=click.Path(path_type=Path),
              help="Dossier de l'échantillon (menages et individus) ; par défaut l'échantillon synthétique intégré.")
@click.option("--aide", "aides", multiple=True, metavar="SLUG", help="Aide visée (répétable) ; par défaut toutes les aides de la liste d'aller-vers.")
@click.option("--arrondissement", "arrondissements", multiple=True, type=click.IntRange(1, 20), help="Arrondissement visé (répétable).")
@click.option("--qpv", is_flag=True, help="Seulement les ménages des quartiers prioritaires.")
@click.option("--temoin", "part_temoin", default=0.2, show_default=True, type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="Part des ménages tirés au sort dans le groupe témoin (à ne pas contacter).")
@click.option("--graine", type=click.IntRange(0, 2**32 - 1), help="Graine du tirage (par défaut tirée au hasard, puis enregistrée).")
@click.option("--periode", help="Mois de la liste d'aller-vers AAAA-MM (par défaut celui de l'échantillon).")
@click.option("--duree", "duree_mois", default=12, show_default=True, type=click.IntRange(1, 36),
              help="Durée de la campagne en mois : les résultats datés au-delà sont refusés.")
@option_base
def creer(nom, echantillon, aides, arrondissements, qpv, part_temoin, graine, periode, duree_mois, base):
    """Crée la campagne NOM à partir de la liste d'aller-vers d'un échantillon et tire le groupe témoin.

    Le tirage est stratifié par aide principale et arrondissement, et reproductible avec sa graine.
    Seuls les identifiants pseudonymes des ménages (id_menage) sont enregistrés.
    """
    from paris_droits.campagnes.campagne import valider_nom
    from paris_droits.campagnes.creation import creer as creer_campagne
    from paris_droits.catalogue import registre as catalogue

    valider_nom(nom)
    with _ouvrir(base, creer=True) as ouverte:
        creation = creer_campagne(
            ouverte, nom, echantillon, aides=aides, arrondissements=arrondissements, qpv=qpv, part_temoin=part_temoin,
            graine=graine, periode=periode, duree_mois=duree_mois,
        )
        nom_base = ouverte.nom
    c = creation.campagne
    click.echo(
        f"Campagne « {c.nom} » créée dans {nom_base} : {creation.menages['contacte']} ménages à contacter, "
        f"{creation.menages['temoin']} témoins à ne pas contacter (graine {c.graine}, mois {c.periode}, "
        f"résultats admis du {c.debut:%d/%m/%Y} au {c.fin:%d/%m/%Y})."
    )
    libelles = {a.slug: a.libelle for a in catalogue.aides()}
    for slug, nombres in creation.propositions.items():
        click.echo(f"  {libelles.get(slug, slug)} : {_compte(nombres['contacte'], 'contacté')}, {_compte(nombres['temoin'], 'témoin')}")


@campagne.command("lister")
@option_base
def lister(base):
    """Liste les campagnes de la base, avec leurs effectifs."""
    from paris_droits.campagnes.campagne import lister as lister_campagnes

    with _ouvrir(base) as ouverte:
        resumes = lister_campagnes(ouverte)
    if not resumes:
        click.echo("Aucune campagne dans la base.")
    for r in resumes:
        c = r.campagne
        click.echo(
            f"{c.nom} : mois {c.periode}, créée le {c.cree_le:%d/%m/%Y}, {r.menages_contactes} contactés, "
            f"{r.menages_temoins} témoins, {r.issues} issues, {r.suivis} suivis"
        )


@campagne.command("exporter")
@click.argument("nom")
@click.option("-o", "--sortie", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Liste à écrire : .csv ou .xlsx.")
@click.option("--avec-temoins", is_flag=True, help="Inclure les témoins (pour vérifier le tirage, jamais pour les contacter).")
@option_base
def exporter(nom, sortie, avec_temoins, base):
    """Écrit la liste des ménages à contacter (id_menage, aide, groupe, montant_annuel_attendu).

    Le fichier est créé lisible par son seul propriétaire (droits 0600).
    """
    from paris_droits.campagnes import export

    export.verifier_chemin(sortie)
    with _ouvrir(base) as ouverte:
        table = export.liste(ouverte, nom, avec_temoins=avec_temoins)
    export.ecrire(table, sortie)
    click.echo(f"{table['id_menage'].nunique()} ménages ({len(table)} propositions) écrits dans {sortie}.")


@campagne.command("resultats")
@click.argument("nom")
@click.argument("fichier", type=click.Path(path_type=Path))
@option_base
def resultats(nom, fichier, base):
    """Enregistre les issues de la campagne NOM : FICHIER.csv de lignes id_menage, aide, date, issue[, motif].

    Tout le fichier est vérifié avant d'écrire : une ligne fautive arrête l'import et la base reste
    inchangée. Importer deux fois le même fichier ne change rien.
    """
    from paris_droits.campagnes.resultats import importer

    with _ouvrir(base) as ouverte:
        bilan = importer(ouverte, nom, fichier)
    click.echo(
        f"{bilan.lignes} issues lues : {bilan.ajoutees} ajoutées, {bilan.modifiees} motifs mis à jour, "
        f"{bilan.deja_presentes} déjà enregistrées."
    )


@campagne.command("suivi")
@click.argument("nom")
@click.option("--echantillon", required=True, type=click.Path(path_type=Path), help="Dossier d'un échantillon postérieur à la campagne.")
@click.option("--periode", help="Mois de cet échantillon AAAA-MM (par défaut celui de son echantillon.json).")
@option_base
def suivi(nom, echantillon, periode, base):
    """Relève, dans un échantillon postérieur (colonnes percoit_<aide>), qui perçoit désormais ses aides, dans les deux groupes."""
    from paris_droits.campagnes.suivi import suivre

    with _ouvrir(base) as ouverte:
        releve = suivre(ouverte, nom, echantillon, periode)
    click.echo(
        f"Suivi {releve.periode} : {releve.observes} propositions observées ; perçoivent l'aide : "
        f"{releve.percoivent['contacte']} chez les contactés, {releve.percoivent['temoin']} chez les témoins ; "
        f"{releve.absents} ménages absents de l'échantillon."
    )
    if releve.aides_non_observees:
        click.echo(f"Aides sans colonne percoit_ dans cet échantillon : {', '.join(releve.aides_non_observees)}.", err=True)


@campagne.command("bilan")
@click.argument("nom")
@click.option("--format", "format_", default="texte", show_default=True, type=click.Choice(FORMATS_BILAN), help="Forme du bilan.")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Fichier où écrire le bilan (sinon la sortie standard).")
@click.option("--cout-contact", type=click.FloatRange(0, 1_000_000), help="Coût d'un contact en euros, pour le coût par droit ouvert.")
@option_base
def bilan(nom, format_, sortie, cout_contact, base):
    """Bilan de la campagne NOM : effectifs, issues, recours dans chaque groupe, effet avec son intervalle à 95 %."""
    from paris_droits.campagnes.bilan import calculer
    from paris_droits.commun.fichiers import ecrire_texte, verifier_sortie
    from paris_droits.rapports import campagne as rapport

    if sortie is not None:
        verifier_sortie(sortie, creer_dossier=True)
    with _ouvrir(base) as ouverte:
        resultat = calculer(ouverte, nom, cout_contact)
    if format_ == "json":
        contenu = json.dumps(resultat.en_dict(), ensure_ascii=False, indent=2) + "\n"
    elif format_ == "html":
        contenu = rapport.html(resultat)
    else:
        contenu = rapport.texte(resultat) + "\n"
    if sortie is None:
        click.echo(contenu, nl=False)
        return
    ecrire_texte(sortie, contenu)
    click.echo(f"Bilan écrit dans {sortie}.", err=True)


@campagne.command("supprimer")
@click.argument("nom")
@click.option("--oui", is_flag=True, help="Supprimer sans demander de confirmation.")
@option_base
def supprimer(nom, oui, base):
    """Supprime la campagne NOM et toutes ses lignes (ménages, issues, suivis)."""
    from paris_droits.campagnes.campagne import supprimer as supprimer_campagne
    from paris_droits.campagnes.campagne import valider_nom

    valider_nom(nom)
    if not oui:
        click.confirm(f"Supprimer définitivement la campagne « {nom} » et toutes ses lignes ?", abort=True)
    with _ouvrir(base) as ouverte:
        fait = supprimer_campagne(ouverte, nom)
    click.echo(
        f"Campagne « {fait.nom} » supprimée : {fait.cibles} propositions, {fait.issues} issues et {fait.suivis} suivis effacés."
    )


COMMANDES = [campagne]
