"""Renewals: rights that end soon, for households that are still eligible under next month's rules.

A renewal is a new application (RM2019 Titre I/B art. 6): a household that does not file it in time
loses its right. This module lists, for the month of a sample (`periode`), the rights that end
between the first day of that month and the last day of the `echeance`-th month (`echeance` = 1: this
month only), and keeps those whose household is still eligible under the rules of the coming month
(computed with paris_droits.lot on the sample), with the amount at stake and the documents to ask for.

Where the end of a right comes from:
- the sample's `date_fin_<aide>` columns (docs/echantillon.md);
- the rights recorded as opened in the campaigns' store (outcome `droit_ouvert`): their end is the
  opening date plus the attribution period of the règlement (parameters/communs/renouvellement/
  duree_attribution/, starting the next month for the passes: decalage_debut/), for the households
  of the sample. The sample's own date wins when both give one.

The Paris passes (Seniors, Access') keep their higher renewal tax ceiling only when the renewal is
filed within 3 months of the end of validity (parameters/communs/renouvellement/
delai_plafond_renouvellement_pass.yaml): passes that ended up to that long before the month are
listed too, with whether a renewal filed in the coming month is still inside that window, and their
eligibility is computed with the ceiling that applies (`pass_paris_<…>_renouvellement`).
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import func, select

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.periodes import mois_suivant
from paris_droits.lot import calcul, recours
from paris_droits.lot.echantillon import Echantillon, lire_echantillon, preparer
from paris_droits.lot.schema import PREFIXE_DATE_FIN
from paris_droits.non_recours.aller_vers import SEPARATEUR, justificatifs_de
from paris_droits.regles.couverture import fin_du_mois, mois_couvert
from paris_droits.regles.systeme import systeme

PASS = ("pass_paris_seniors", "pass_paris_access")
ECHEANCE_MAX = 24
COLONNES = (
    "id_menage", "aide", "date_fin", "source", "montant_mensuel", "montant_annuel_en_jeu", "justificatifs_a_demander",
    "fin_delai_plafond_renouvellement", "dans_delai_plafond_renouvellement",
)


@dataclass
class Renouvellements:
    """The renewals to prepare, and what was left out."""

    periode: str  # the month of the sample
    mois_regles: str  # the coming month, whose rules decide eligibility
    debut: datetime.date  # rights ending from debut to fin are listed (passes: from debut - delai)
    fin: datetime.date
    table: pd.DataFrame
    droits_a_echeance: int  # rights in the window, eligible or not
    plus_eligibles: int  # of those, households no longer eligible next month
    absents: int  # rights recorded in the store whose household is not in the sample
    avertissements: list[str] = field(default_factory=list)


def ajouter_mois(date: datetime.date, mois: int) -> datetime.date:
    """The same day `mois` months later (the last day of the month when it has fewer days)."""
    rang = date.year * 12 + date.month - 1 + int(mois)
    dernier = fin_du_mois(f"{rang // 12}-{rang % 12 + 1:02d}")
    return dernier.replace(day=min(date.day, dernier.day))


def _parametre(noeud: str, slug: str, mois: str):
    """A renewal parameter of an aid at a month, or None when the aid has none (or none at that month)."""
    parametres = systeme().parameters.communs.renouvellement
    enfant = getattr(parametres, noeud) if noeud else parametres
    if slug not in enfant.children:
        return None
    try:
        return enfant.children[slug](mois)
    except Exception:  # the parameter starts later (debut_couverture): no rule to apply
        return None


def fin_de_droit(slug: str, ouverture: datetime.date) -> datetime.date | None:
    """The end of a right opened on `ouverture` (attribution period of the règlement), or None when the
    aid has no attribution period encoded (one-off aids, the canteen's school year)."""
    mois = ouverture.strftime("%Y-%m")
    duree = _parametre("duree_attribution", slug, mois)
    if duree is None:
        return None
    decalage = int(_parametre("decalage_debut", slug, mois) or 0)
    debut = ajouter_mois(ouverture.replace(day=1), decalage) if decalage else ouverture
    return ajouter_mois(debut, int(duree)) - datetime.timedelta(days=1)


def droits_de_l_echantillon(menages: pd.DataFrame) -> pd.DataFrame:
    """(id_menage, aide, date_fin, source) from the sample's date_fin_<aide> columns."""
    morceaux = []
    for colonne in menages.columns:
        if not colonne.startswith(PREFIXE_DATE_FIN):
            continue
        dates = pd.to_datetime(menages[colonne])
        connues = dates.notna().to_numpy()
        morceaux.append(pd.DataFrame({
            "id_menage": menages["id_menage"].astype(str).to_numpy()[connues],
            "aide": colonne[len(PREFIXE_DATE_FIN):],
            "date_fin": dates[connues].dt.date.to_numpy(),
            "source": "echantillon",
        }))
    return pd.concat(morceaux, ignore_index=True) if morceaux else pd.DataFrame(columns=["id_menage", "aide", "date_fin", "source"])


def droits_de_la_base(base: Base) -> pd.DataFrame:
    """(id_menage, aide, date_fin, source) of the rights recorded as opened in the store, latest opening first."""
    cib, iss, cam = modele.cibles, modele.issues, modele.campagnes
    requete = (
        select(cib.c.id_menage, cib.c.aide, func.max(iss.c.date).label("ouverture"), cam.c.nom)
        .select_from(iss.join(cib, iss.c.cible_id == cib.c.id).join(cam, cib.c.campagne_id == cam.c.id))
        .where(iss.c.issue == "droit_ouvert")
        .group_by(cib.c.id_menage, cib.c.aide, cam.c.nom)
    )
    with base.lecture() as connexion:
        lignes = connexion.execute(requete).all()
    droits = [
        (ligne.id_menage, ligne.aide, fin_de_droit(ligne.aide, ligne.ouverture), f"campagne {ligne.nom}")
        for ligne in sorted(lignes, key=lambda l_: l_.ouverture, reverse=True)
    ]
    table = pd.DataFrame([d for d in droits if d[2] is not None], columns=["id_menage", "aide", "date_fin", "source"])
    return table.drop_duplicates(["id_menage", "aide"])


def _fenetre(periode: str, echeance: int) -> tuple[datetime.date, datetime.date, str, int]:
    """(first day of the month, last day of the echeance-th month, the coming month, the passes' delay in months)."""
    if not 1 <= int(echeance) <= ECHEANCE_MAX:
        raise ErreurEntree(f"Le champ « echeance » doit être un nombre de mois de 1 à {ECHEANCE_MAX}, pas « {echeance} ».", champ="echeance")
    debut = datetime.date(int(periode[:4]), int(periode[5:]), 1)
    fin = ajouter_mois(debut, int(echeance)) - datetime.timedelta(days=1)
    mois_regles = mois_couvert(mois_suivant(periode), "mois qui suit la période")
    delai = int(systeme().parameters.communs.renouvellement.delai_plafond_renouvellement_pass(mois_regles))
    return debut, fin, mois_regles, delai


def _dans_la_fenetre(droits: pd.DataFrame, debut, fin, mois_regles: str, delai: int) -> pd.DataFrame:
    """The rights ending in the window (passes: from `delai` months earlier), with the passes' renewal window."""
    depot = datetime.date(int(mois_regles[:4]), int(mois_regles[5:]), 1)
    est_pass = droits["aide"].isin(PASS).to_numpy()
    fin_delai = np.array([ajouter_mois(d, delai) for d in droits["date_fin"]], dtype=object)
    depuis = np.where(est_pass, ajouter_mois(debut, -delai), debut)
    dates = droits["date_fin"].to_numpy(dtype=object)
    garder = (dates >= depuis) & (dates <= fin)
    sortie = droits.assign(
        fin_delai_plafond_renouvellement=np.where(est_pass, fin_delai, None),
        dans_delai_plafond_renouvellement=np.where(est_pass, fin_delai >= depot, None),
    )
    return sortie[garder].reset_index(drop=True)


def _calculer(preparation, droits: pd.DataFrame, mois_regles: str, processus: int) -> pd.DataFrame:
    """Every aid next month; the passes with the renewal ceiling where a renewal is inside its window."""
    ids = pd.Index(preparation.menages_ok["id_menage"].astype(str))
    entrees = dict(preparation.entrees_menages)
    for slug in PASS:
        dans_delai = droits[(droits["aide"] == slug) & droits["dans_delai_plafond_renouvellement"].eq(True)]
        renouvellement = np.zeros(len(ids), dtype=bool)
        renouvellement[ids.get_indexer(dans_delai["id_menage"])] = True
        entrees[f"{slug}_renouvellement"] = renouvellement
    return calcul.calculer(dataclasses.replace(preparation, entrees_menages=entrees), mois_regles, processus=processus)


def _lire(echantillon, periode: str | None):
    """(validated sample, its month) of a folder or an Echantillon."""
    lu = echantillon if isinstance(echantillon, Echantillon) else lire_echantillon(Path(echantillon))
    if periode is None and lu.periode is None:
        raise ErreurEntree(
            "Le mois de l'échantillon est inconnu : indiquez-le avec --periode AAAA-MM (ou dans son echantillon.json).", champ="periode"
        )
    periode = mois_couvert(periode if periode is not None else lu.periode)
    preparation = preparer(lu.menages, lu.individus, strict=False, fichiers=(lu.fichier_menages, lu.fichier_individus), periode=periode)
    return preparation, periode


def lister(echantillon, echeance: int, periode: str | None = None, base: Base | None = None, processus: int = 1) -> Renouvellements:
    """The renewals to prepare (see the module docstring)."""
    preparation, periode = _lire(echantillon, periode)
    debut, fin, mois_regles, delai = _fenetre(periode, echeance)
    droits = droits_de_l_echantillon(preparation.menages_ok)
    ids = set(preparation.menages_ok["id_menage"].astype(str))
    absents, avertissements = 0, []
    if base is not None:
        de_la_base = droits_de_la_base(base)
        presents = de_la_base["id_menage"].isin(ids)
        absents = int((~presents).sum())
        if absents:
            avertissements.append(f"{absents} droits ouverts enregistrés dans la base concernent des ménages absents de l'échantillon : non vérifiés.")
        droits = pd.concat([droits, de_la_base[presents]], ignore_index=True).drop_duplicates(["id_menage", "aide"])
    fenetre = _dans_la_fenetre(droits, debut, fin, mois_regles, delai)
    table = pd.DataFrame({c: [] for c in COLONNES})
    plus_eligibles = 0
    if len(fenetre):
        resultats = _calculer(preparation, fenetre, mois_regles, processus)
        table, plus_eligibles = _eligibles(fenetre, resultats, preparation.menages_ok)
    return Renouvellements(periode, mois_regles, debut, fin, table, len(fenetre), plus_eligibles, absents, avertissements)


def lister_par_mois(echantillon, echeance: int, periodes: list[str], base: Base | None = None,
                    processus: int = 1) -> list[Renouvellements]:
    """The renewals of each month of `periodes` (`--periode AAAA-MM..AAAA-MM`), in order: each month taken
    as the sample's month (the rights ending in its window, eligibility under the following month's rules),
    from the same facts, as the batch computes several months. The sample is read once."""
    lu = echantillon if isinstance(echantillon, Echantillon) else lire_echantillon(Path(echantillon))
    return [lister(lu, echeance, periode, base=base, processus=processus) for periode in periodes]


def table_par_mois(listes: list[Renouvellements]) -> pd.DataFrame:
    """The lists of several months as one table keyed by month (a first column `periode`, as the batch's)."""
    tables = [liste.table.assign(periode=liste.periode) for liste in listes]
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame({c: [] for c in ("periode", *COLONNES)})
    return table[["periode", *COLONNES]]


def _eligibles(fenetre: pd.DataFrame, resultats: pd.DataFrame, menages: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The rights whose household is still eligible next month (with a positive amount, for the aid the rules would grant)."""
    aides = {a.slug: a for a in catalogue.aides()}
    calculees = [aides[s] for s in fenetre["aide"].unique() if s in aides and s in resultats.columns]
    retenue = recours.eligibilite_retenue(resultats, calculees)
    lignes = pd.Index(menages["id_menage"].astype(str)).get_indexer(fenetre["id_menage"])
    eligible = np.zeros(len(fenetre), dtype=bool)
    mensuel, annuel = np.zeros(len(fenetre)), np.zeros(len(fenetre))
    for aide in calculees:
        sous = (fenetre["aide"] == aide.slug).to_numpy()
        eligible[sous] = retenue[aide.slug][lignes[sous]]
        mensuel[sous] = resultats[aide.slug].to_numpy(dtype=np.float64)[lignes[sous]]
        annuel[sous] = resultats[f"{aide.slug}_annuel"].to_numpy(dtype=np.float64)[lignes[sous]]
    pieces = {a.slug: SEPARATEUR.join(justificatifs_de(a)) for a in calculees}
    table = fenetre.assign(
        montant_mensuel=np.round(mensuel, 2), montant_annuel_en_jeu=np.round(annuel, 2),
        justificatifs_a_demander=fenetre["aide"].map(pieces),
    )[eligible]
    table = table.sort_values(["date_fin", "montant_annuel_en_jeu", "id_menage", "aide"], ascending=[True, False, True, True], kind="stable")
    return table[list(COLONNES)].reset_index(drop=True), int((~eligible).sum())
