"""`paris-droits renouvellements`: rights that end soon, for households still eligible next month."""

from __future__ import annotations

import os
from pathlib import Path

import click

from paris_droits.interfaces.cli.campagne import AIDE_BASE


@click.command("renouvellements")
@click.argument("echantillon", type=click.Path(path_type=Path))
@click.option("--echeance", required=True, type=click.IntRange(1, 24), metavar="MOIS",
              help="Droits qui prennent fin d'ici MOIS mois (1 : ceux du mois de l'échantillon).")
@click.option("--periode", help="Mois de l'échantillon AAAA-MM (par défaut celui de son echantillon.json), ou plage "
              "AAAA-MM..AAAA-MM : les renouvellements de chaque mois, rangés par mois (colonne periode).")
@click.option("-o", "--sortie", type=click.Path(dir_okay=False, path_type=Path), help="Liste CSV à écrire (sinon sur la sortie standard).")
@click.option("--base", "base", metavar="URL", help=AIDE_BASE + " Les droits ouverts qui y sont enregistrés s'ajoutent à ceux de l'échantillon.")
@click.option("--processus", default=1, show_default=True, type=click.IntRange(1, 64), help="Processus de calcul en parallèle.")
def renouvellements(echantillon, echeance, periode, sortie, base, processus):
    """Ménages dont un droit prend fin bientôt et qui restent éligibles selon les règles du mois suivant.

    La fin des droits vient des colonnes date_fin_<aide> de l'échantillon et, si une base des campagnes
    existe (--base, PARIS_DROITS_BASE ou sorties/paris-droits.sqlite), des droits ouverts qui y sont
    enregistrés. Pour les pass Paris, indique si un renouvellement déposé le mois suivant reste dans les
    3 mois qui gardent le plafond de renouvellement. Le fichier est lisible par son seul propriétaire (0600).
    """
    from paris_droits.campagnes import renouvellements as module
    from paris_droits.campagnes.base import FICHIER_PAR_DEFAUT, VARIABLE_ENVIRONNEMENT, ouvrir
    from paris_droits.commun.erreurs import ErreurEntree
    from paris_droits.commun.fichiers import verifier_sortie
    from paris_droits.commun.periodes import est_une_plage, lire_periodes
    from paris_droits.commun.tableaux import neutraliser_formules
    from paris_droits.lot.echantillon import ecrire_table

    if sortie is not None:
        if sortie.suffix.lower() != ".csv":
            raise ErreurEntree(f"Le fichier de sortie « {sortie.name} » doit se terminer par .csv.", champ="sortie")
        verifier_sortie(sortie, creer_dossier=True)
    ouverte = None
    if base or os.environ.get(VARIABLE_ENVIRONNEMENT) or FICHIER_PAR_DEFAUT.exists():
        ouverte = ouvrir(base, creer=False)
    try:
        if est_une_plage(periode):
            listes = module.lister_par_mois(echantillon, echeance, lire_periodes(periode), base=ouverte, processus=processus)
        else:
            listes = [module.lister(echantillon, echeance, periode, base=ouverte, processus=processus)]
    finally:
        if ouverte is not None:
            ouverte.fermer()
    resumes = [_resume(resultat) for resultat in listes]
    for avertissement in dict.fromkeys(a for resultat in listes for a in resultat.avertissements):
        click.echo(f"Attention : {avertissement}", err=True)
    table = listes[0].table if len(listes) == 1 else module.table_par_mois(listes)
    if sortie is None:
        click.echo(neutraliser_formules(table).to_csv(index=False), nl=False)
        click.echo("\n".join(resumes), err=True)
        return
    ecrire_table(table, sortie, personnel=True)
    click.echo("\n".join(resumes) + f" Liste écrite dans {sortie}.")


def _resume(resultat) -> str:
    return (
        f"{len(resultat.table)} renouvellements à préparer : droits qui prennent fin du {resultat.debut:%d/%m/%Y} au "
        f"{resultat.fin:%d/%m/%Y} (pass Paris : échus depuis moins de 3 mois compris), ménages toujours éligibles selon les "
        f"règles de {resultat.mois_regles} ; {resultat.plus_eligibles} droits de ménages qui ne le sont plus."
    )


COMMANDES = [renouvellements]
