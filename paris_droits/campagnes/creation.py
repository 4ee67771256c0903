"""Creating a campaign: the households of the outreach list that match, and a control group.

The outreach list (paris_droits.non_recours.aller_vers) already says who is computed eligible
and does not receive each aid, most valuable aid first; this module only filters it (aids,
arrondissements, priority neighbourhoods), draws the control arm (paris_droits.campagnes.tirage)
and stores one row per household and aid with its arm and expected amounts, in one transaction.
"""

from __future__ import annotations

import datetime
import json
import secrets
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import insert

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.campagnes.campagne import Campagne, lire, trouver, valider_nom
from paris_droits.campagnes.tirage import tirer_temoins
from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree, suggestion
from paris_droits.non_recours import aller_vers
from paris_droits.non_recours.analyse import analyser
from paris_droits.regles.couverture import fin_du_mois

PART_TEMOIN_PAR_DEFAUT = 0.2
DUREE_PAR_DEFAUT = 12  # months during which outcomes are accepted
DUREE_MAX = 36
GRAINE_MAX = 2**32 - 1
TAILLE_PAQUET = 500  # rows per INSERT statement


@dataclass
class Creation:
    """What `campagne creer` made: the campaign and its counts per arm and per aid."""

    campagne: Campagne
    menages: dict[str, int]  # arm → households
    propositions: dict[str, dict[str, int]] = field(default_factory=dict)  # aid → arm → households
    montants_annuels: dict[str, float] = field(default_factory=dict)  # arm → expected yearly euros


def _verifier_options(aides, arrondissements, part_temoin, graine, duree_mois) -> tuple[list[str], list[int]]:
    connus = catalogue.slugs()
    aides = list(dict.fromkeys(str(a).strip() for a in aides))
    for slug in aides:
        if slug not in connus:
            raise ErreurEntree(f"Le champ « aide » vaut « {slug} », une aide inconnue du catalogue.{suggestion(slug, connus)}", champ="aide")
    arrondissements = sorted({int(a) for a in arrondissements})
    for numero in arrondissements:
        if not 1 <= numero <= 20:
            raise ErreurEntree(f"Le champ « arrondissement » doit être un numéro de 1 à 20, pas « {numero} ».", champ="arrondissement")
    if not 0 < float(part_temoin) < 1:
        raise ErreurEntree(f"Le champ « temoin » doit être une part strictement comprise entre 0 et 1, pas « {part_temoin} ».", champ="temoin")
    if graine is not None and not 0 <= int(graine) <= GRAINE_MAX:
        raise ErreurEntree(f"Le champ « graine » doit être un entier de 0 à {GRAINE_MAX}, pas « {graine} ».", champ="graine")
    if not 1 <= int(duree_mois) <= DUREE_MAX:
        raise ErreurEntree(f"Le champ « duree » doit être un nombre de mois de 1 à {DUREE_MAX}, pas « {duree_mois} ».", champ="duree")
    return aides, arrondissements


def _verifier_aides_observees(analyse, aides: list[str]) -> None:
    calculees = {a.slug for a in analyse.aides}
    for slug in aides:
        if slug not in calculees:
            raise ErreurEntree(f"L'aide « {slug} » n'a pas de règles encodées pour {analyse.periode} : aucune campagne possible.", champ="aide")
        if analyse.perception[slug] is None:
            raise ErreurEntree(
                f"L'échantillon n'observe pas la perception de l'aide « {slug} » (colonne « percoit_{slug} » absente) : "
                "impossible de savoir qui ne la perçoit pas.",
                champ="aide",
            )


def propositions(analyse, aides=(), arrondissements=(), qpv: bool = False) -> pd.DataFrame:
    """One row per household and aid of the outreach list that matches the filters, the household's most
    valuable aid first: id_menage, aide, rang (of the aid in the household), arrondissement,
    montant_mensuel_attendu, montant_annuel_attendu."""
    liste = aller_vers.liste(analyse=analyse)
    paires = liste[["id_menage", "aides"]].assign(aide=liste["aides"].str.split(",")).explode("aide", ignore_index=True)
    paires = paires[paires["aide"].fillna("") != ""]
    if aides:
        paires = paires[paires["aide"].isin(aides)]
    lignes = pd.Index(analyse.resultats["id_menage"]).get_indexer(paires["id_menage"])
    arrondissement = analyse.resultats["arrondissement"].to_numpy(dtype=np.int64)[lignes]
    garder = np.ones(len(paires), dtype=bool)
    if arrondissements:
        garder &= np.isin(arrondissement, arrondissements)
    if qpv:
        garder &= analyse.resultats["qpv"].to_numpy(dtype=bool)[lignes]
    paires, lignes, arrondissement = paires[garder], lignes[garder], arrondissement[garder]
    mensuel = np.zeros(len(paires))
    annuel = np.zeros(len(paires))
    for slug in paires["aide"].unique():
        sous = (paires["aide"] == slug).to_numpy()
        mensuel[sous] = analyse.resultats[slug].to_numpy(dtype=np.float64)[lignes[sous]]
        annuel[sous] = analyse.resultats[f"{slug}_annuel"].to_numpy(dtype=np.float64)[lignes[sous]]
    sortie = pd.DataFrame({
        "id_menage": paires["id_menage"].astype(str).to_numpy(),
        "aide": paires["aide"].to_numpy(),
        "arrondissement": np.where((arrondissement >= 1) & (arrondissement <= 20), arrondissement, 0),
        "montant_mensuel_attendu": np.round(mensuel, 2),
        "montant_annuel_attendu": np.round(annuel, 2),
    })
    sortie["rang"] = sortie.groupby("id_menage", sort=False).cumcount()
    return sortie.reset_index(drop=True)


def tirer(paires: pd.DataFrame, part_temoin: float, graine: int) -> pd.DataFrame:
    """The pairs with their stratum (main aid | arrondissement) and arm, drawn per household."""
    principales = paires[paires["rang"] == 0]
    strates = principales["aide"] + "|" + principales["arrondissement"].map("{:02d}".format)
    temoins = tirer_temoins(principales["id_menage"].to_numpy(), strates.to_numpy(), part_temoin, graine)
    groupes = pd.Series(np.where(temoins, "temoin", "contacte"), index=principales["id_menage"].to_numpy())
    strate_menage = pd.Series(strates.to_numpy(), index=principales["id_menage"].to_numpy())
    return paires.assign(groupe=groupes.loc[paires["id_menage"]].to_numpy(), strate=strate_menage.loc[paires["id_menage"]].to_numpy())


def creer(
    base: Base, nom: str, echantillon=None, aides=(), arrondissements=(), qpv: bool = False,
    part_temoin: float = PART_TEMOIN_PAR_DEFAUT, graine: int | None = None, periode: str | None = None,
    duree_mois: int = DUREE_PAR_DEFAUT, analyse=None,
) -> Creation:
    """Create campaign `nom` from the outreach list of a sample (None = the embedded sample), or of an
    `analyse` already computed (paris_droits.non_recours.analyse). Without a seed, one is drawn and recorded."""
    nom = valider_nom(nom)
    aides, arrondissements = _verifier_options(aides, arrondissements, part_temoin, graine, duree_mois)
    with base.lecture() as connexion:
        _verifier_nom_libre(connexion, nom)
    graine = secrets.randbelow(GRAINE_MAX + 1) if graine is None else int(graine)
    analyse = analyse if analyse is not None else analyser(echantillon, periode)
    _verifier_aides_observees(analyse, aides)
    paires = propositions(analyse, aides, arrondissements, bool(qpv))
    if len(paires) == 0:
        raise ErreurEntree("Aucun ménage de la liste d'aller-vers ne correspond aux critères de la campagne.", champ="aide")
    trop_longs = paires["id_menage"].str.len() > modele.LONGUEUR_ID_MENAGE
    if trop_longs.any():
        raise ErreurEntree(
            f"L'identifiant de ménage « {paires['id_menage'][trop_longs].iloc[0][:40]}… » dépasse {modele.LONGUEUR_ID_MENAGE} caractères.",
            champ="id_menage",
        )
    paires = tirer(paires, float(part_temoin), graine)
    filtres = {"aides": aides, "arrondissements": arrondissements, "qpv": bool(qpv), "duree_mois": int(duree_mois)}
    with base.transaction() as connexion:
        _verifier_nom_libre(connexion, nom)
        campagne_id = _inserer(connexion, nom, analyse, paires, float(part_temoin), graine, filtres)
        campagne = lire(connexion, nom)
    assert campagne.id == campagne_id
    return _resume(campagne, paires)


def _verifier_nom_libre(connexion, nom: str) -> None:
    if trouver(connexion, nom) is not None:
        raise ErreurEntree(
            f"La campagne « {nom} » existe déjà : choisissez un autre nom, ou supprimez-la d'abord "
            f"(paris-droits campagne supprimer {nom}).",
            champ="nom",
        )


def _inserer(connexion, nom, analyse, paires: pd.DataFrame, part_temoin: float, graine: int, filtres: dict) -> int:
    annee, mois = (int(x) for x in analyse.periode.split("-"))
    rang_fin = annee * 12 + mois - 1 + filtres["duree_mois"] - 1
    campagne_id = connexion.execute(
        insert(modele.campagnes).returning(modele.campagnes.c.id),
        {
            "nom": nom, "cree_le": datetime.datetime.now(datetime.UTC), "periode": analyse.periode,
            "debut": datetime.date(annee, mois, 1), "fin": fin_du_mois(f"{rang_fin // 12}-{rang_fin % 12 + 1:02d}"),
            "part_temoin": part_temoin, "graine": graine, "echantillon": analyse.description,
            "filtres": json.dumps(filtres, ensure_ascii=False),
        },
    ).scalar_one()
    lignes = [
        {
            "campagne_id": campagne_id, "id_menage": ligne.id_menage, "aide": ligne.aide, "groupe": ligne.groupe,
            "strate": ligne.strate, "arrondissement": int(ligne.arrondissement),
            "montant_mensuel_attendu": round(float(ligne.montant_mensuel_attendu), 2),
            "montant_annuel_attendu": round(float(ligne.montant_annuel_attendu), 2), "periode": analyse.periode,
        }
        for ligne in paires.itertuples(index=False)
    ]
    for debut in range(0, len(lignes), TAILLE_PAQUET):
        connexion.execute(insert(modele.cibles), lignes[debut:debut + TAILLE_PAQUET])
    return campagne_id


def _resume(campagne: Campagne, paires: pd.DataFrame) -> Creation:
    menages = paires.drop_duplicates("id_menage")["groupe"].value_counts()
    par_aide = paires.groupby(["aide", "groupe"]).size()
    montants = paires.groupby("groupe")["montant_annuel_attendu"].sum()
    ordre = [a.slug for a in catalogue.aides() if a.slug in set(paires["aide"])]
    return Creation(
        campagne=campagne,
        menages={g: int(menages.get(g, 0)) for g in modele.GROUPES},
        propositions={a: {g: int(par_aide.get((a, g), 0)) for g in modele.GROUPES} for a in ordre},
        montants_annuels={g: float(round(montants.get(g, 0.0), 2)) for g in modele.GROUPES},
    )
