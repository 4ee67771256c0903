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
from paris_droits.commun.fichiers import ecriture_atomique, verifier_sortie
from paris_droits.commun.tableaux import neutraliser_formules
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
FORMAT_EUROS = '#,##0.00 "€"'
LARGEURS = {"id_menage": 22, "aide": 40, "libelle": 46, "groupe": 26, "montant_annuel_attendu": 24}


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
    with ecriture_atomique(chemin, personnel=True) as temporaire:
        _classeur(table).save(temporaire)
    return chemin


def _classeur(table: pd.DataFrame):
    """An Excel workbook: French titles, the aid's label, euros formatted, the header frozen and filterable."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    libelles = {aide.slug: aide.libelle for aide in catalogue.aides()}
    sortie = neutraliser_formules(table.assign(
        libelle=table["aide"].map(libelles).fillna(table["aide"]),
        groupe=table["groupe"].map(LIBELLES_GROUPES),
    ))[["id_menage", "aide", "libelle", "groupe", "montant_annuel_attendu"]]
    classeur = Workbook()
    feuille = classeur.active
    feuille.title = "Contacts"
    feuille.append([TITRES_XLSX[c] for c in sortie.columns])
    for cellule in feuille[1]:
        cellule.font = Font(bold=True)
    for ligne in sortie.itertuples(index=False):
        feuille.append(list(ligne))
        for cellule in feuille[feuille.max_row][:4]:
            cellule.data_type = "s"  # text stays text, never a formula
        feuille.cell(row=feuille.max_row, column=5).number_format = FORMAT_EUROS
    for rang, colonne in enumerate(sortie.columns, start=1):
        feuille.column_dimensions[chr(ord("A") + rang - 1)].width = LARGEURS[colonne]
    feuille.freeze_panes = "A2"
    feuille.auto_filter.ref = feuille.dimensions
    return classeur
