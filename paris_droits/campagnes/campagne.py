"""A campaign as stored: its name, reading it back, listing and deleting campaigns."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.commun.erreurs import ErreurEntree, suggestion

MOTIF_NOM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Campagne:
    id: int
    nom: str
    cree_le: datetime.datetime
    periode: str
    debut: datetime.date
    fin: datetime.date
    part_temoin: float
    graine: int
    echantillon: str
    filtres: dict

    def en_dict(self) -> dict:
        return {
            "nom": self.nom,
            "cree_le": self.cree_le.isoformat(timespec="seconds"),
            "periode": self.periode,
            "debut": self.debut.isoformat(),
            "fin": self.fin.isoformat(),
            "part_temoin": self.part_temoin,
            "graine": self.graine,
            "echantillon": self.echantillon,
            "filtres": self.filtres,
        }


def valider_nom(nom) -> str:
    """A campaign name: letters without accents, digits, `_`, `-` or `.`, at most 100 characters."""
    texte = str(nom if nom is not None else "").strip()
    if not texte or len(texte) > modele.LONGUEUR_NOM or not MOTIF_NOM.match(texte):
        raise ErreurEntree(
            f"Le champ « nom » doit être un nom de campagne de 1 à {modele.LONGUEUR_NOM} caractères (lettres sans accent, "
            f"chiffres, « _ », « - » ou « . », en commençant par une lettre ou un chiffre), pas « {texte} ».",
            champ="nom",
        )
    return texte


def _depuis_ligne(ligne) -> Campagne:
    cree_le = ligne.cree_le
    if cree_le.tzinfo is None:  # SQLite keeps no time zone: the library always writes UTC
        cree_le = cree_le.replace(tzinfo=datetime.UTC)
    return Campagne(
        id=ligne.id, nom=ligne.nom, cree_le=cree_le, periode=ligne.periode, debut=ligne.debut, fin=ligne.fin,
        part_temoin=float(ligne.part_temoin), graine=int(ligne.graine), echantillon=ligne.echantillon,
        filtres=json.loads(ligne.filtres),
    )


def trouver(connexion, nom: str) -> Campagne | None:
    ligne = connexion.execute(select(modele.campagnes).where(modele.campagnes.c.nom == nom)).first()
    return None if ligne is None else _depuis_ligne(ligne)


def lire(connexion, nom: str) -> Campagne:
    """The campaign called `nom`, or a French error naming the ones that exist."""
    nom = valider_nom(nom)
    campagne = trouver(connexion, nom)
    if campagne is None:
        noms = connexion.execute(select(modele.campagnes.c.nom)).scalars().all()
        raise ErreurEntree(f"La campagne « {nom} » n'existe pas dans la base.{suggestion(nom, noms)}", champ="nom")
    return campagne


@dataclass(frozen=True)
class Resume:
    """A campaign with its counts, as `campagne lister` shows it."""

    campagne: Campagne
    menages_contactes: int
    menages_temoins: int
    issues: int
    suivis: int


def lister(base: Base) -> list[Resume]:
    c, cib = modele.campagnes, modele.cibles
    with base.lecture() as connexion:
        lignes = connexion.execute(select(c).order_by(c.c.cree_le, c.c.nom)).all()
        menages = dict(
            ((ligne.campagne_id, ligne.groupe), ligne.n)
            for ligne in connexion.execute(
                select(cib.c.campagne_id, cib.c.groupe, func.count(func.distinct(cib.c.id_menage)).label("n"))
                .group_by(cib.c.campagne_id, cib.c.groupe)
            )
        )
        issues = _compter_par_campagne(connexion, modele.issues)
        suivis = _compter_par_campagne(connexion, modele.suivis)
    return [
        Resume(
            _depuis_ligne(ligne), menages.get((ligne.id, "contacte"), 0), menages.get((ligne.id, "temoin"), 0),
            issues.get(ligne.id, 0), suivis.get(ligne.id, 0),
        )
        for ligne in lignes
    ]


def _compter_par_campagne(connexion, table) -> dict[int, int]:
    cib = modele.cibles
    requete = (
        select(cib.c.campagne_id, func.count().label("n"))
        .select_from(table.join(cib, table.c.cible_id == cib.c.id))
        .group_by(cib.c.campagne_id)
    )
    return {ligne.campagne_id: ligne.n for ligne in connexion.execute(requete)}


@dataclass(frozen=True)
class Suppression:
    nom: str
    cibles: int
    issues: int
    suivis: int


def supprimer(base: Base, nom: str) -> Suppression:
    """Remove a campaign and all its rows (households, outcomes, follow-ups), in one transaction."""
    with base.transaction() as connexion:
        campagne = lire(connexion, nom)
        ids = select(modele.cibles.c.id).where(modele.cibles.c.campagne_id == campagne.id)
        issues = connexion.execute(delete(modele.issues).where(modele.issues.c.cible_id.in_(ids))).rowcount
        suivis = connexion.execute(delete(modele.suivis).where(modele.suivis.c.cible_id.in_(ids))).rowcount
        cibles = connexion.execute(delete(modele.cibles).where(modele.cibles.c.campagne_id == campagne.id)).rowcount
        connexion.execute(delete(modele.campagnes).where(modele.campagnes.c.id == campagne.id))
    return Suppression(campagne.nom, cibles, issues, suivis)
