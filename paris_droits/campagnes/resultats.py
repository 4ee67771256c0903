"""Recording outcomes: a CSV file of rows `id_menage, aide, date, issue[, motif]`, imported in one transaction.

Every row is checked before anything is written; the first defect stops the import with one French
sentence naming the file, the row (1 = the first data row) and the column, and the store is left as
it was. Importing the same file twice changes nothing: an outcome is one (household, aid, date,
outcome) and a row already recorded is skipped (its reason updated if the new file gives another one).

- `issue` ∈ non_joint, information_donnee, refus, demande_deposee, droit_ouvert, demande_rejetee;
- `motif` (optional; why the household had not claimed, Odenore typology) ∈ non_connaissance,
  non_demande, non_reception, non_proposition;
- a household of the control arm is never contacted: only `droit_ouvert` or `demande_rejetee`
  (administrative data), without a reason;
- the date (AAAA-MM-JJ or JJ/MM/AAAA) lies within the campaign (from the first day of its month to
  the end of its duration).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.campagnes.campagne import Campagne, lire
from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.echantillon import lire_table
from paris_droits.lot.schema import suggestion_apres_virgule

OBLIGATOIRES = ("id_menage", "aide", "date", "issue")
FACULTATIVES = ("motif",)
FORMATS_DATE = ("%Y-%m-%d", "%d/%m/%Y")
TAILLE_PAQUET = 500


@dataclass(frozen=True)
class Import:
    """What an import did."""

    lignes: int
    ajoutees: int
    modifiees: int
    deja_presentes: int


@dataclass(frozen=True)
class _Ligne:
    cible_id: int
    date: datetime.date
    issue: str
    motif: str | None
    numero: int


def _phrase(fichier: str, numero: int, colonne: str, texte: str) -> ErreurEntree:
    fin = "" if texte.endswith(("?", ".")) else "."
    return ErreurEntree(f"Fichier « {fichier} », ligne {numero}, colonne « {colonne} » : {texte}{fin}", champ=colonne, ligne=numero, fichier=fichier)


def _verifier_colonnes(table, fichier: str) -> None:
    possibles = (*OBLIGATOIRES, *FACULTATIVES)
    for nom in table.columns:
        if nom not in possibles:
            raise ErreurEntree(
                f"Fichier « {fichier} », colonne « {nom} » : colonne inconnue (colonnes possibles : {', '.join(possibles)})"
                + suggestion_apres_virgule(nom, possibles),
                champ=nom, fichier=fichier,
            )
    for nom in OBLIGATOIRES:
        if nom not in table.columns:
            raise ErreurEntree(f"Fichier « {fichier} » : la colonne obligatoire « {nom} » manque.", champ=nom, fichier=fichier)
    if len(table) == 0:
        raise ErreurEntree(f"Fichier « {fichier} » : aucune ligne de résultat.", fichier=fichier)


def _date(texte: str):
    for format_date in FORMATS_DATE:
        try:
            return datetime.datetime.strptime(texte, format_date).date()
        except ValueError:
            continue
    return None


def _codes(valeur: str, possibles, quoi: str) -> str | None:
    """The French clause for a code that is not one of `possibles` (`quoi`: « une issue connue »), or None."""
    if valeur in possibles:
        return None
    if not valeur:
        return f"la valeur est vide (valeurs possibles : {', '.join(possibles)})"
    return f"« {valeur} » n'est pas {quoi} (valeurs possibles : {', '.join(possibles)})" + suggestion_apres_virgule(valeur, possibles).rstrip(".")


def _verifier_ligne(valeurs: dict, numero: int, fichier: str, campagne: Campagne, cibles: dict, menages: set) -> _Ligne:
    """One row checked against the campaign; the first defect raises."""
    id_menage, aide, issue, motif = (valeurs.get(c, "") for c in ("id_menage", "aide", "issue", "motif"))
    if not id_menage:
        raise _phrase(fichier, numero, "id_menage", "l'identifiant est vide")
    if id_menage not in menages:
        raise _phrase(fichier, numero, "id_menage", f"le ménage « {id_menage[:40]} » n'est pas dans la campagne « {campagne.nom} »")
    if aide not in catalogue.slugs():
        raise _phrase(fichier, numero, "aide", f"« {aide[:40]} » n'est pas une aide du catalogue" + suggestion_apres_virgule(aide, catalogue.slugs()).rstrip("."))
    if (id_menage, aide) not in cibles:
        raise _phrase(fichier, numero, "aide", f"l'aide « {aide} » n'a pas été retenue pour le ménage « {id_menage} » dans la campagne « {campagne.nom} »")
    cible_id, groupe = cibles[(id_menage, aide)]
    date = _date(valeurs.get("date", ""))
    if date is None:
        raise _phrase(fichier, numero, "date", f"« {valeurs.get('date', '')[:40]} » n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)")
    if not campagne.debut <= date <= campagne.fin:
        raise _phrase(
            fichier, numero, "date",
            f"le {date:%d/%m/%Y} est en dehors de la campagne « {campagne.nom} » (du {campagne.debut:%d/%m/%Y} au {campagne.fin:%d/%m/%Y})",
        )
    clause = _codes(issue, modele.ISSUES, "une issue connue")
    if clause:
        raise _phrase(fichier, numero, "issue", clause)
    if motif:
        clause = _codes(motif, modele.MOTIFS, "un motif connu")
        if clause:
            raise _phrase(fichier, numero, "motif", clause)
    if groupe == "temoin":
        if issue not in modele.ISSUES_ADMINISTRATIVES:
            raise _phrase(
                fichier, numero, "issue",
                f"le ménage « {id_menage} » est du groupe témoin, qui n'est pas contacté : seules les issues "
                f"{' et '.join(modele.ISSUES_ADMINISTRATIVES)} (données administratives) sont admises, pas « {issue} »",
            )
        if motif:
            raise _phrase(fichier, numero, "motif", f"le ménage « {id_menage} » est du groupe témoin : aucun motif ne peut avoir été recueilli auprès de lui")
    return _Ligne(cible_id, date, issue, motif or None, numero)


def lire_lignes(chemin: str | Path, campagne: Campagne, cibles: dict) -> list[_Ligne]:
    """Read and check a file of outcomes (see the module docstring); duplicates within the file are merged."""
    chemin = Path(chemin)
    if chemin.suffix.lower() != ".csv":
        raise ErreurEntree(f"Le fichier de résultats « {chemin.name} » doit se terminer par .csv.", champ="fichier", fichier=str(chemin))
    table = lire_table(chemin)
    fichier = chemin.name
    _verifier_colonnes(table, fichier)
    menages = {cle[0] for cle in cibles}
    lignes: dict[tuple, _Ligne] = {}
    colonnes = [c for c in (*OBLIGATOIRES, *FACULTATIVES) if c in table.columns]
    for numero, valeurs in enumerate(table[colonnes].itertuples(index=False, name=None), start=1):
        ligne = _verifier_ligne(dict(zip(colonnes, (str(v).strip() for v in valeurs), strict=True)), numero, fichier, campagne, cibles, menages)
        cle = (ligne.cible_id, ligne.date, ligne.issue)
        deja = lignes.get(cle)
        if deja is not None and deja.motif != ligne.motif:
            raise _phrase(fichier, numero, "motif", f"la même issue, pour le même ménage, la même aide et la même date, figure déjà ligne {deja.numero} avec un autre motif")
        lignes.setdefault(cle, ligne)
    return list(lignes.values())


def _cibles(connexion, campagne: Campagne) -> dict:
    cib = modele.cibles
    requete = select(cib.c.id, cib.c.id_menage, cib.c.aide, cib.c.groupe).where(cib.c.campagne_id == campagne.id)
    return {(ligne.id_menage, ligne.aide): (ligne.id, ligne.groupe) for ligne in connexion.execute(requete)}


def importer(base: Base, nom: str, chemin: str | Path) -> Import:
    """Import a file of outcomes into campaign `nom` (see the module docstring), in one transaction."""
    with base.transaction() as connexion:
        campagne = lire(connexion, nom)
        lignes = lire_lignes(chemin, campagne, _cibles(connexion, campagne))
        iss, cib = modele.issues, modele.cibles
        existantes = {
            (ligne.cible_id, ligne.date, ligne.issue): (ligne.id, ligne.motif)
            for ligne in connexion.execute(
                select(iss.c.id, iss.c.cible_id, iss.c.date, iss.c.issue, iss.c.motif)
                .select_from(iss.join(cib, iss.c.cible_id == cib.c.id))
                .where(cib.c.campagne_id == campagne.id)
            )
        }
        maintenant = datetime.datetime.now(datetime.UTC)
        nouvelles, modifiees = [], 0
        for ligne in lignes:
            existante = existantes.get((ligne.cible_id, ligne.date, ligne.issue))
            if existante is None:
                nouvelles.append({"cible_id": ligne.cible_id, "date": ligne.date, "issue": ligne.issue, "motif": ligne.motif, "importe_le": maintenant})
            elif ligne.motif is not None and existante[1] != ligne.motif:
                connexion.execute(update(iss).where(iss.c.id == existante[0]).values(motif=ligne.motif))
                modifiees += 1
        for debut in range(0, len(nouvelles), TAILLE_PAQUET):
            connexion.execute(insert(iss), nouvelles[debut:debut + TAILLE_PAQUET])
    return Import(len(lignes), len(nouvelles), modifiees, len(lignes) - len(nouvelles) - modifiees)
