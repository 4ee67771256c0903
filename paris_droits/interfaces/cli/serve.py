"""`paris-droits serve`: the hardened Web API behind gunicorn (design in paris_droits.interfaces.web.serveur)."""

from __future__ import annotations

import click

from paris_droits.interfaces.web.reglages import Reglages, processus_par_defaut

DEFAUTS = Reglages()


@click.command()
@click.option("--host", default=DEFAUTS.hote, show_default=True, help="Adresse d'écoute (boucle locale par défaut).")
@click.option("--port", default=DEFAUTS.port, show_default=True, type=click.IntRange(1, 65535), help="Port d'écoute.")
@click.option("--processus", default=processus_par_defaut, show_default="un par cœur, de 2 à 8", type=click.IntRange(1, 16),
              help="Nombre de processus gunicorn.")
@click.option("--fils", default=DEFAUTS.fils, show_default=True, type=click.IntRange(1, 64),
              help="Fils par processus : ils calculent (un calcul à la fois par processus) et envoient les réponses.")
@click.option("--connexions-max", default=DEFAUTS.connexions_max, show_default=True, type=click.IntRange(10, 100_000),
              help="Connexions ouvertes à la fois par processus, clients lents compris.")
@click.option("--delai-entetes", default=int(DEFAUTS.delai_entetes), show_default=True, type=click.IntRange(1, 600),
              help="Secondes accordées à un client pour envoyer l'en-tête de sa requête (sinon 408 et connexion fermée).")
@click.option("--delai-corps", default=int(DEFAUTS.delai_corps), show_default=True, type=click.IntRange(1, 600),
              help="Secondes accordées pour envoyer le corps de la requête, une fois l'en-tête reçu ; aussi le plus "
                   "long silence toléré d'un client qui ne lit plus la réponse.")
@click.option("--mandataire", "mandataires", multiple=True, show_default="127.0.0.1 et ::1",
              help="Adresse d'un mandataire inverse (nginx) dont les en-têtes X-Forwarded-* sont crus (répétable).")
@click.option("--cors-origine", "origines", multiple=True, help="Origine autorisée en CORS (répétable). Aucune par défaut.")
@click.option("--taille-max", default=DEFAUTS.taille_max, show_default=True, type=click.IntRange(1024),
              help="Taille maximale d'une requête, en octets.")
@click.option("--taille-max-echantillon", default=DEFAUTS.taille_max_echantillon, show_default=True, type=click.IntRange(1024),
              help="Taille maximale de l'envoi d'un échantillon à la page des réformes (deux fichiers et le formulaire), en octets.")
@click.option("--personnes-max", default=50, show_default=True, type=click.IntRange(1), help="Nombre maximal de personnes par requête.")
def serve(host, port, processus, fils, connexions_max, delai_entetes, delai_corps, mandataires, origines, taille_max, taille_max_echantillon,
          personnes_max):
    """Servir l'API Web (routes OpenFisca standard et POST /evaluer).

    Les requêtes sont reçues en entier avant tout calcul : un client lent ou muet n'occupe qu'une
    connexion, jamais un fil de calcul. Déploiement derrière nginx : docs/deploiement.md.
    """
    from paris_droits.interfaces.web.application import Configuration, creer_application
    from paris_droits.interfaces.web.serveur import echauffer, servir

    application = creer_application(Configuration(taille_max_octets=taille_max, personnes_max=personnes_max, origines_cors=list(origines),
                                                  taille_max_echantillon_octets=taille_max_echantillon))
    echauffer(application)
    reglages = Reglages(
        hote=host, port=port, processus=processus, fils=fils, connexions_max=connexions_max,
        delai_entetes=float(delai_entetes), delai_corps=float(delai_corps), taille_max=taille_max,
        taille_max_echantillon=taille_max_echantillon,
        mandataires=tuple(mandataires) or DEFAUTS.mandataires,
    )
    click.echo(f"API paris-droits sur http://{reglages.adresse} : {processus} processus de {fils} fils (Ctrl+C pour arrêter).", err=True)
    servir(application, reglages)


COMMANDES = [serve]
