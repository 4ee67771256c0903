"""The store: where it lives, its migrations, its file permissions, and French errors for a bad address."""

from __future__ import annotations

import os
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from paris_droits.campagnes import base as module_base
from paris_droits.campagnes.modele import METADONNEES
from paris_droits.commun.erreurs import ErreurEntree


def test_les_migrations_donnent_exactement_le_schema_du_modele(url_vide):
    with module_base.ouvrir(url_vide) as base, base.moteur.connect() as connexion:
        assert module_base.revision(base) == "0001"
        differences = compare_metadata(MigrationContext.configure(connexion, opts={"compare_type": True}), METADONNEES)
    # Only the migrations' own version table is not in the model.
    assert [d[1].name for d in differences if d[0] == "remove_table"] == [module_base.TABLE_VERSIONS]
    assert len(differences) == 1


def test_une_base_ouverte_une_seconde_fois_n_est_pas_migree_de_nouveau(url_vide):
    with module_base.ouvrir(url_vide) as premiere:
        assert module_base.revision(premiere) == "0001"
    with module_base.ouvrir(url_vide) as seconde:
        with seconde.lecture() as connexion:
            versions = connexion.exec_driver_sql(f"SELECT version_num FROM {module_base.TABLE_VERSIONS}").all()
    assert versions == [("0001",)]


def test_le_fichier_sqlite_par_defaut_est_cree_dans_sorties_lisible_par_son_seul_proprietaire(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(module_base.VARIABLE_ENVIRONNEMENT, raising=False)
    ancien = os.umask(0o022)
    try:
        with module_base.ouvrir() as ouverte:
            assert ouverte.nom == "sorties/paris-droits.sqlite"
    finally:
        os.umask(ancien)
    fichier = tmp_path / "sorties" / "paris-droits.sqlite"
    assert stat.S_IMODE(fichier.stat().st_mode) == 0o600


def test_la_variable_d_environnement_choisit_la_base(tmp_path, monkeypatch):
    monkeypatch.setenv(module_base.VARIABLE_ENVIRONNEMENT, str(tmp_path / "ailleurs.sqlite"))
    assert module_base.url_de_base(None).database == str(tmp_path / "ailleurs.sqlite")
    assert module_base.url_de_base("postgresql://u:secret@h/b").drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    "adresse,message",
    [
        ("mysql://u@h/b", "Le champ « base » désigne une base « mysql » : seules SQLite (sqlite:///…) et PostgreSQL (postgresql://…) sont prises en charge."),
        ("postgresql://u:secret@h:notaport/b", "Le champ « base » doit être un chemin de fichier SQLite ou une adresse sqlite:///… ou postgresql://…, pas « postgresql://u:***@h:notaport/b »."),
    ],
)
def test_une_adresse_de_base_invalide_est_refusee_en_francais_sans_son_mot_de_passe(adresse, message):
    with pytest.raises(ErreurEntree) as erreur:
        module_base.ouvrir(adresse)
    assert erreur.value.message == message
    assert "secret" not in erreur.value.message


def test_un_serveur_postgresql_injoignable_donne_une_phrase_sans_mot_de_passe(serveur_postgresql):
    import socket

    with socket.socket() as prise:  # a port nobody listens on
        prise.bind(("127.0.0.1", 0))
        port = prise.getsockname()[1]
    with pytest.raises(ErreurEntree) as erreur:
        module_base.ouvrir(f"postgresql://postgres:secret@127.0.0.1:{port}/rien")
    assert erreur.value.message.startswith(f"La base « postgresql+psycopg://postgres:***@127.0.0.1:{port}/rien » est injoignable : ")
    assert "secret" not in erreur.value.message


def test_une_base_sqlite_absente_n_est_pas_creee_quand_on_ne_fait_que_lire(tmp_path):
    with pytest.raises(ErreurEntree, match="n'existe pas"):
        module_base.ouvrir(str(tmp_path / "absente.sqlite"), creer=False)
    assert not (tmp_path / "absente.sqlite").exists()


def test_une_base_migree_par_une_version_plus_recente_est_refusee(url_base):
    with module_base.ouvrir(url_base) as ouverte, ouverte.transaction() as connexion:
        connexion.exec_driver_sql(f"UPDATE {module_base.TABLE_VERSIONS} SET version_num = '9999'")
    with pytest.raises(ErreurEntree) as erreur:
        module_base.ouvrir(url_base)
    assert "a été créée par une version plus récente de paris-droits (révision 9999)" in erreur.value.message
