"""`paris-droits serve`: the hardened Web API behind gunicorn."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse d'écoute (boucle locale par défaut).")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535), help="Port d'écoute.")
@click.option("--processus", default=1, show_default=True, type=click.IntRange(1, 16), help="Nombre de processus gunicorn.")
@click.option("--cors-origine", "origines", multiple=True, help="Origine autorisée en CORS (répétable). Aucune par défaut.")
@click.option("--taille-max", default=256 * 1024, show_default=True, type=click.IntRange(1024), help="Taille maximale d'une requête, en octets.")
@click.option("--personnes-max", default=50, show_default=True, type=click.IntRange(1), help="Nombre maximal de personnes par requête.")
def serve(host, port, processus, origines, taille_max, personnes_max):
    """Servir l'API Web (routes OpenFisca standard et POST /evaluer)."""
    from gunicorn.app.base import BaseApplication

    from paris_droits.interfaces.web.application import Configuration, creer_application

    application = creer_application(Configuration(taille_max_octets=taille_max, personnes_max=personnes_max, origines_cors=list(origines)))

    class _Serveur(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", processus)
            self.cfg.set("timeout", 60)
            self.cfg.set("accesslog", None)

        def load(self):
            return application

    click.echo(f"API paris-droits sur http://{host}:{port} (Ctrl+C pour arrêter).", err=True)
    _Serveur().run()


COMMANDES = [serve]
