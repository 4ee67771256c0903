"""The campaigns' store: where it is, opening it, migrating it, one transaction per write.

The store is a SQLAlchemy database: a SQLite file by default (`sorties/paris-droits.sqlite`, in
the current folder), or the URL given by `--base` or the `PARIS_DROITS_BASE` environment
variable: `sqlite:///chemin.sqlite`, a plain file path, or `postgresql://…` (run through
psycopg 3: `pip install 'paris-droits[postgresql]'`).

Opening a store runs its migrations (Alembic scripts shipped in `migrations/`) when it is new
or older than the package, inside one transaction. A new SQLite file is created readable by its
owner only (0600): it holds per-household data. Every write of the library is one transaction
(`Base.transaction()`): an import that fails or is interrupted leaves the store as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import PERMISSIONS_PERSONNELLES

FICHIER_PAR_DEFAUT = Path("sorties") / "paris-droits.sqlite"
VARIABLE_ENVIRONNEMENT = "PARIS_DROITS_BASE"
MIGRATIONS = Path(__file__).parent / "migrations"
TABLE_VERSIONS = "paris_droits_migrations"
PILOTES = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}  # backend → the driver used (psycopg 3 for PostgreSQL)


def url_de_base(base: str | None = None) -> URL:
    """The store's URL: `base`, else $PARIS_DROITS_BASE, else sorties/paris-droits.sqlite. A value
    without `://` is a SQLite file path."""
    texte = base if base not in (None, "") else os.environ.get(VARIABLE_ENVIRONNEMENT) or str(FICHIER_PAR_DEFAUT)
    texte = str(texte).strip()
    if "://" not in texte:
        return URL.create("sqlite", database=texte)
    try:
        url = make_url(texte)
    except (ArgumentError, ValueError):
        raise ErreurEntree(
            "Le champ « base » doit être un chemin de fichier SQLite ou une adresse sqlite:///… ou postgresql://…, "
            f"pas « {_masquer(texte)} ».",
            champ="base",
        ) from None
    pilote = PILOTES.get(url.get_backend_name())
    if pilote is None:
        raise ErreurEntree(
            f"Le champ « base » désigne une base « {url.get_backend_name()} » : seules SQLite (sqlite:///…) et PostgreSQL "
            "(postgresql://…) sont prises en charge.",
            champ="base",
        )
    return url.set(drivername=pilote)


def _masquer(texte: str) -> str:
    """A URL as it may be shown: without its password."""
    try:
        return make_url(texte).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        schema, _, reste = texte.partition("://")
        identite, arobase, hote = reste.rpartition("@")
        if not arobase:
            return texte
        utilisateur = identite.split(":")[0]
        return f"{schema}://{utilisateur}:***@{hote}"


def description(url: URL) -> str:
    """How a store is named in messages (never with its password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(mémoire)"
    return url.render_as_string(hide_password=True)


@dataclass
class Base:
    """An open store."""

    url: URL
    moteur: Engine

    @property
    def nom(self) -> str:
        return description(self.url)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on any exception or interruption."""
        with _erreurs_de_base(self), self.moteur.begin() as connexion:
            yield connexion

    @contextlib.contextmanager
    def lecture(self) -> Iterator[Connection]:
        with _erreurs_de_base(self), self.moteur.connect() as connexion:
            yield connexion

    def fermer(self) -> None:
        self.moteur.dispose()

    def __enter__(self) -> Base:
        return self

    def __exit__(self, *exc) -> None:
        self.fermer()


@contextlib.contextmanager
def _erreurs_de_base(base: Base) -> Iterator[None]:
    """A database that cannot be reached or refuses a statement: one French sentence, never a traceback."""
    try:
        yield
    except DBAPIError as erreur:
        if erreur.connection_invalidated or "connect" in str(erreur.orig).lower():
            raise ErreurEntree(f"La base « {base.nom} » est injoignable : {_raison(erreur)}.", champ="base") from None
        raise ErreurEntree(f"La base « {base.nom} » a refusé l'opération : {_raison(erreur)}.", champ="base") from None


def _raison(erreur: DBAPIError) -> str:
    texte = str(erreur.orig).strip().splitlines()[0] if str(erreur.orig).strip() else type(erreur.orig).__name__
    return texte.rstrip(".")


def _preparer_fichier(url: URL, creer: bool) -> None:
    """A SQLite file: its folder made, the file created 0600 before SQLite opens it."""
    chemin = url.database
    if not chemin or chemin == ":memory:":
        return
    fichier = Path(chemin)
    if fichier.exists():
        if fichier.is_dir():
            raise ErreurEntree(f"La base « {fichier} » est un dossier : indiquez un fichier.", champ="base")
        return
    if not creer:
        raise ErreurEntree(
            f"La base « {fichier} » n'existe pas : créez d'abord une campagne (paris-droits campagne creer) ou indiquez la base avec --base.",
            champ="base",
        )
    try:
        fichier.parent.mkdir(parents=True, exist_ok=True)
        descripteur = os.open(fichier, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PERMISSIONS_PERSONNELLES)
    except FileExistsError:
        return
    except OSError as erreur:
        raise ErreurEntree(f"La base « {fichier} » ne peut pas être créée ({erreur.strerror}).", champ="base") from None
    os.close(descripteur)
    os.chmod(fichier, PERMISSIONS_PERSONNELLES)  # whatever the umask


def _connexion_sqlite(connexion_dbapi, _enregistrement) -> None:
    """Foreign keys enforced; the driver's own implicit transactions off, so that `_debut_sqlite`
    opens every transaction itself: schema changes and reads are then inside it too."""
    connexion_dbapi.isolation_level = None
    curseur = connexion_dbapi.cursor()
    curseur.execute("PRAGMA foreign_keys=ON")
    curseur.close()


def _debut_sqlite(connexion) -> None:
    connexion.exec_driver_sql("BEGIN")


def _moteur(url: URL) -> Engine:
    try:
        moteur = create_engine(url)
    except (ModuleNotFoundError, NoSuchModuleError):
        raise ErreurEntree(
            "Le champ « base » désigne une base PostgreSQL, mais le pilote psycopg n'est pas installé : "
            "installez-le avec « pip install 'paris-droits[postgresql]' ».",
            champ="base",
        ) from None
    if url.get_backend_name() == "sqlite":
        event.listen(moteur, "connect", _connexion_sqlite)
        event.listen(moteur, "begin", _debut_sqlite)
    return moteur


def ouvrir(base: str | None = None, creer: bool = True) -> Base:
    """Open the store (see the module docstring), migrated to the package's version.
    `creer=False`: a missing SQLite file is an error instead of a new store."""
    url = url_de_base(base)
    if url.get_backend_name() == "sqlite":
        _preparer_fichier(url, creer)
    ouverte = Base(url, _moteur(url))
    try:
        migrer(ouverte)
    except SQLAlchemyError as erreur:
        ouverte.fermer()
        if isinstance(erreur, DBAPIError):
            raise ErreurEntree(f"La base « {ouverte.nom} » est injoignable : {_raison(erreur)}.", champ="base") from None
        raise
    except BaseException:
        ouverte.fermer()
        raise
    return ouverte


def _revision_connue(numero: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(numero) is not None
    except CommandError:
        return False


@lru_cache(maxsize=1)
def _revision_du_paquet() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def revision(base: Base) -> str | None:
    """The store's migration revision (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with base.lecture() as connexion:
        return MigrationContext.configure(connexion, opts={"version_table": TABLE_VERSIONS}).get_current_revision()


def migrer(base: Base) -> None:
    """Bring the store to the package's revision, in one transaction (nothing to do when it is there)."""
    actuelle = revision(base)
    if actuelle == _revision_du_paquet():
        return
    from alembic import command
    from alembic.config import Config

    if actuelle is not None and not _revision_connue(actuelle):
        raise ErreurEntree(
            f"La base « {base.nom} » a été créée par une version plus récente de paris-droits (révision {actuelle}) : "
            "mettez paris-droits à jour.",
            champ="base",
        )

    configuration = Config()
    configuration.set_main_option("script_location", str(MIGRATIONS))
    with base.transaction() as connexion:
        configuration.attributes["connexion"] = connexion
        command.upgrade(configuration, "head")
