"""The contact list of a campaign: CSV (RFC 4180) or Excel, written whole or not at all, mode 0600.

Columns `id_menage, aide, groupe, montant_annuel_attendu`: households of the contacted arm only,
unless the control arm is asked for too (to check the draw, never to contact them). Most valuable
household first, then each household's aids by amount.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sqlalchemy import select

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.campagnes.campagne import lire
from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import verifier_sortie
from paris_droits.commun.tableaux import Feuille, ecrire_classeur
from paris_droits.lot.echantillon import ecrire_table

COLONNES = ("id_menage", "aide", "groupe", "montant_annuel_attendu")
FORMATS = (".csv", ".xlsx")
TITRES_XLSX = {
    "id_menage": "Identifiant du ménage",
    "aide": "Aide (code)",
    "libelle": "Aide",
    "groupe": "Groupe",
    "montant_annuel_attendu": "Montant annuel attendu",
}
LIBELLES_GROUPES = {"contacte": "à contacter", "temoin": "témoin (ne pas contacter)"}


def liste(base: Base, nom: str, avec_temoins: bool = False) -> pd.DataFrame:
    """The contact list of campaign `nom` (see the module docstring)."""
    cib = modele.cibles
    with base.lecture() as connexion:
        campagne = lire(connexion, nom)
        requete = select(cib.c.id_menage, cib.c.aide, cib.c.groupe, cib.c.montant_annuel_attendu).where(cib.c.campagne_id == campagne.id)
        if not avec_temoins:
            requete = requete.where(cib.c.groupe == "contacte")
        table = pd.DataFrame(connexion.execute(requete).all(), columns=list(COLONNES))
    table["montant_annuel_attendu"] = table["montant_annuel_attendu"].astype(float)
    total = table.groupby("id_menage")["montant_annuel_attendu"].transform("sum")
    table = table.assign(_total=total).sort_values(
        ["groupe", "_total", "id_menage", "montant_annuel_attendu", "aide"], ascending=[True, False, True, False, True], kind="stable"
    )
    return table.drop(columns="_total").reset_index(drop=True)


def verifier_chemin(chemin: str | Path) -> Path:
    chemin = Path(chemin)
    if chemin.suffix.lower() not in FORMATS:
        raise ErreurEntree(f"Le fichier de sortie « {chemin.name} » doit se terminer par .csv ou .xlsx.", champ="sortie", fichier=str(chemin))
    return verifier_sortie(chemin, creer_dossier=True)


def ecrire(table: pd.DataFrame, chemin: str | Path) -> Path:
    """Write the list as CSV or .xlsx (by the file's suffix), atomically, readable by its owner only."""
    chemin = verifier_chemin(chemin)
    if chemin.suffix.lower() == ".csv":
        return ecrire_table(table, chemin, personnel=True)
    return ecrire_classeur(chemin, [_feuille(table)], personnel=True)


def _feuille(table: pd.DataFrame) -> Feuille:
    """The Excel sheet: French titles, the aid's label beside its code, the arm in words, euros formatted."""
    libelles = {aide.slug: aide.libelle for aide in catalogue.aides()}
    sortie = table.assign(
        libelle=table["aide"].map(libelles).fillna(table["aide"]),
        groupe=table["groupe"].map(LIBELLES_GROUPES),
    )[["id_menage", "aide", "libelle", "groupe", "montant_annuel_attendu"]]
    return Feuille("Contacts", sortie, TITRES_XLSX, {"montant_annuel_attendu": "euros"})
