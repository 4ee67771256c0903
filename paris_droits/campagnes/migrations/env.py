"""Alembic environment of the campaigns' store.

paris_droits.campagnes.base runs the migrations itself at first use, passing its open connection
in `config.attributes["connexion"]`. Developers may also run Alembic by hand (`alembic -x
url=sqlite:///sorties/paris-droits.sqlite ...` with `script_location` pointing here); the URL is
then read from `-x url=` or from `sqlalchemy.url`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from paris_droits.campagnes.modele import METADONNEES

TABLE_VERSIONS = "paris_droits_migrations"


def _migrer(connexion) -> None:
    context.configure(
        connection=connexion,
        target_metadata=METADONNEES,
        version_table=TABLE_VERSIONS,
        render_as_batch=True,  # SQLite alters a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _executer() -> None:
    connexion = context.config.attributes.get("connexion")
    if connexion is not None:
        _migrer(connexion)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option("sqlalchemy.url")
    moteur = create_engine(url)
    with moteur.begin() as connexion:
        _migrer(connexion)


_executer()
