"""The result of a campaign, per aid and overall: arms, reach, claims, rights opened, the effect.

A household and aid counts as **taken up** (right opened) when an outcome `droit_ouvert` is recorded
for it (contacted or control arm: for the control arm it comes from administrative data) or when a
follow-up sample sees it receiving the aid (`campagne suivi`). Rates are over all the households of
each arm (intention to treat: a contacted household that was never reached still counts as
contacted), so households never seen again count as not having taken up, in both arms alike.

The effect, its interval and the euros caused: paris_droits.campagnes.statistiques. The keys of
`Bilan.en_dict()` are documented in docs/campagnes.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import select

from paris_droits.campagnes import modele, statistiques
from paris_droits.campagnes.base import Base
from paris_droits.campagnes.campagne import Campagne, lire
from paris_droits.catalogue import registre as catalogue

ISSUES_DEMANDE = ("demande_deposee", "droit_ouvert", "demande_rejetee")
METHODE = {
    "recours": "droit ouvert (issue droit_ouvert, contacté ou témoin) ou perception vue dans un échantillon de suivi",
    "effet": "différence des taux de recours, contactés moins témoins (intention de traiter)",
    "ic95_par_aide": "intervalle de score hybride de Newcombe (1998, méthode 10) pour une différence de deux proportions",
    "ic95_ensemble": "effet stratifié par aide (moyenne des effets pondérée par les ménages de chaque aide), "
    "variance linéarisée sommée par ménage, intervalle normal à 95 % (sans aucun recours, ou rien que des recours, "
    "l'intervalle de Newcombe des propositions réunies)",
    "montant_annuel_cause": "effet × ménages contactés × montant annuel attendu moyen des contactés, par aide ; somme des aides",
}


@dataclass
class Ligne:
    """The figures of one aid, or of the whole campaign (`ensemble`)."""

    contactes: int
    temoins: int
    propositions_contactes: int
    propositions_temoins: int
    atteints: int
    demandes: int
    refus: int
    droits_ouverts: int
    droits_ouverts_temoins: int
    taux_recours_contactes: float | None
    taux_recours_temoins: float | None
    effet: float | None
    ic95: tuple[float, float] | None
    droits_causes: float | None
    montant_annuel_attendu: float
    montant_annuel_ouvert: float
    montant_annuel_cause: float | None
    ic95_montant_annuel_cause: tuple[float, float] | None
    motifs: dict[str, int] = field(default_factory=dict)
    cout_total: float | None = None
    cout_par_droit_ouvert: float | None = None
    cout_par_droit_cause: float | None = None

    def en_dict(self) -> dict:
        sortie = dict(self.__dict__)
        for cle in ("ic95", "ic95_montant_annuel_cause"):
            sortie[cle] = None if sortie[cle] is None else [sortie[cle][0], sortie[cle][1]]
        return sortie


@dataclass
class Bilan:
    campagne: Campagne
    suivis: list[str]
    par_aide: dict[str, Ligne]
    ensemble: Ligne
    cout_contact: float | None = None
    libelles: dict[str, str] = field(default_factory=dict)

    def en_dict(self) -> dict:
        return {
            "campagne": {**self.campagne.en_dict(), "suivis": self.suivis},
            "cout_contact": self.cout_contact,
            "methode": METHODE,
            "par_aide": {slug: {"libelle": self.libelles.get(slug, slug), **ligne.en_dict()} for slug, ligne in self.par_aide.items()},
            "ensemble": self.ensemble.en_dict(),
        }


def _paires(connexion, campagne: Campagne) -> tuple[pd.DataFrame, list[str]]:
    """One row per household and aid: arm, expected amount, and what the store knows of it."""
    cib, iss, sui = modele.cibles, modele.issues, modele.suivis
    paires = pd.DataFrame(
        connexion.execute(
            select(cib.c.id, cib.c.id_menage, cib.c.aide, cib.c.groupe, cib.c.montant_annuel_attendu).where(cib.c.campagne_id == campagne.id)
        ).all(),
        columns=["id", "id_menage", "aide", "groupe", "montant"],
    ).set_index("id")
    paires["montant"] = paires["montant"].astype(float)
    issues = pd.DataFrame(
        connexion.execute(
            select(iss.c.cible_id, iss.c.date, iss.c.issue, iss.c.motif).join(cib, iss.c.cible_id == cib.c.id).where(cib.c.campagne_id == campagne.id)
        ).all(),
        columns=["cible_id", "date", "issue", "motif"],
    )
    suivis = pd.DataFrame(
        connexion.execute(
            select(sui.c.cible_id, sui.c.periode, sui.c.percoit).join(cib, sui.c.cible_id == cib.c.id).where(cib.c.campagne_id == campagne.id)
        ).all(),
        columns=["cible_id", "periode", "percoit"],
    )
    def _avec(masque) -> pd.Series:
        return paires.index.isin(issues.loc[masque, "cible_id"])

    paires["atteint"] = _avec(issues["issue"] != "non_joint")
    paires["demande"] = _avec(issues["issue"].isin(ISSUES_DEMANDE))
    paires["refus"] = _avec(issues["issue"] == "refus")
    paires["recours"] = _avec(issues["issue"] == "droit_ouvert") | paires.index.isin(suivis.loc[suivis["percoit"].astype(bool), "cible_id"])
    motifs = issues.dropna(subset=["motif"]).sort_values(["cible_id", "date"]).drop_duplicates("cible_id", keep="last")
    paires["motif"] = motifs.set_index("cible_id")["motif"].reindex(paires.index)
    return paires.reset_index(drop=True), sorted(suivis["periode"].unique().tolist())


def _comptes(paires: pd.DataFrame) -> dict:
    contactes = paires["groupe"] == "contacte"
    return {
        "contactes": int(paires.loc[contactes, "id_menage"].nunique()),
        "temoins": int(paires.loc[~contactes, "id_menage"].nunique()),
        "propositions_contactes": int(contactes.sum()),
        "propositions_temoins": int((~contactes).sum()),
        "atteints": int((paires["atteint"] & contactes).sum()),
        "demandes": int((paires["demande"] & contactes).sum()),
        "refus": int((paires["refus"] & contactes).sum()),
        "droits_ouverts": int((paires["recours"] & contactes).sum()),
        "droits_ouverts_temoins": int((paires["recours"] & ~contactes).sum()),
        "montant_annuel_attendu": round(float(paires.loc[contactes, "montant"].sum()), 2),
        "montant_annuel_ouvert": round(float(paires.loc[contactes & paires["recours"], "montant"].sum()), 2),
        "motifs": {m: int(((paires["motif"] == m) & contactes).sum()) for m in modele.MOTIFS},
    }


def _ligne_aide(paires: pd.DataFrame) -> Ligne:
    comptes = _comptes(paires)
    n_c, n_t = comptes["propositions_contactes"], comptes["propositions_temoins"]
    y_c, y_t = comptes["droits_ouverts"], comptes["droits_ouverts_temoins"]
    taux_c = y_c / n_c if n_c else None
    taux_t = y_t / n_t if n_t else None
    effet = ic95 = causes = cause = ic95_cause = None
    if n_c and n_t:
        effet, bas, haut = statistiques.newcombe(y_c, n_c, y_t, n_t)
        ic95 = (bas, haut)
        moyenne = comptes["montant_annuel_attendu"] / n_c
        causes = effet * n_c
        cause, ic95_cause = effet * n_c * moyenne, (bas * n_c * moyenne, haut * n_c * moyenne)
    return Ligne(
        **comptes, taux_recours_contactes=taux_c, taux_recours_temoins=taux_t, effet=effet, ic95=ic95,
        droits_causes=causes, montant_annuel_cause=cause, ic95_montant_annuel_cause=ic95_cause,
    )


def _ligne_ensemble(paires: pd.DataFrame, par_aide: dict[str, Ligne]) -> Ligne:
    comptes = _comptes(paires)
    aides = list(par_aide)
    strate = pd.Categorical(paires["aide"], categories=aides).codes.astype(np.int64)
    menage = pd.factorize(paires["id_menage"])[0]
    contacte = (paires["groupe"] == "contacte").to_numpy()
    y = paires["recours"].to_numpy(dtype=np.float64)
    valides = [a for a in aides if par_aide[a].effet is not None]
    effet = ic95 = causes = cause = ic95_cause = taux_c = taux_t = None
    if len(valides) == 1:  # one aid: the same interval as the aid's own
        ligne = par_aide[valides[0]]
        effet, ic95, causes, cause, ic95_cause = ligne.effet, ligne.ic95, ligne.droits_causes, ligne.montant_annuel_cause, ligne.ic95_montant_annuel_cause
        taux_c, taux_t = ligne.taux_recours_contactes, ligne.taux_recours_temoins
    elif valides:
        effectifs = np.array([par_aide[a].propositions_contactes + par_aide[a].propositions_temoins if a in valides else 0 for a in aides], dtype=np.float64)
        poids = effectifs / effectifs.sum()
        effet, erreur = statistiques.combinaison(y, contacte, strate, menage, poids)
        ic95 = statistiques.intervalle_normal(effet, erreur)
        if erreur == 0:  # no take-up at all (or only take-up): no spread to measure, the pooled score interval instead
            ic95 = statistiques.newcombe(*_comptes_groupes(paires, valides))[1:]
        taux_c = float(sum(p * par_aide[a].taux_recours_contactes for p, a in zip(poids, aides, strict=True) if p))
        taux_t = float(sum(p * par_aide[a].taux_recours_temoins for p, a in zip(poids, aides, strict=True) if p))
        euros = np.array([par_aide[a].montant_annuel_attendu if a in valides else 0.0 for a in aides])
        cause, erreur_euros = statistiques.combinaison(y, contacte, strate, menage, euros)
        ic95_cause = statistiques.intervalle_normal(cause, erreur_euros)
        causes = float(sum(par_aide[a].droits_causes for a in valides))
    return Ligne(
        **comptes, taux_recours_contactes=taux_c, taux_recours_temoins=taux_t, effet=effet, ic95=ic95,
        droits_causes=causes, montant_annuel_cause=cause, ic95_montant_annuel_cause=ic95_cause,
    )


def _comptes_groupes(paires: pd.DataFrame, aides: list[str]) -> tuple[int, int, int, int]:
    """(take-ups, pairs) of the contacted arm, then of the control arm, over the given aids."""
    sous = paires[paires["aide"].isin(aides)]
    contacte = sous["groupe"] == "contacte"
    return int(sous.loc[contacte, "recours"].sum()), int(contacte.sum()), int(sous.loc[~contacte, "recours"].sum()), int((~contacte).sum())


def _couts(ligne: Ligne, cout_contact: float) -> None:
    ligne.cout_total = round(cout_contact * ligne.contactes, 2)
    ligne.cout_par_droit_ouvert = ligne.cout_total / ligne.droits_ouverts if ligne.droits_ouverts else None
    ligne.cout_par_droit_cause = ligne.cout_total / ligne.droits_causes if ligne.droits_causes and ligne.droits_causes > 0 else None


def calculer(base: Base, nom: str, cout_contact: float | None = None) -> Bilan:
    """The bilan of campaign `nom` (see the module docstring); `cout_contact`: euros per contacted household."""
    with base.lecture() as connexion:
        campagne = lire(connexion, nom)
        paires, suivis = _paires(connexion, campagne)
    ordre = [a.slug for a in catalogue.aides() if a.slug in set(paires["aide"])]
    ordre += sorted(set(paires["aide"]) - set(ordre))
    par_aide = {slug: _ligne_aide(paires[paires["aide"] == slug]) for slug in ordre}
    ensemble = _ligne_ensemble(paires, par_aide)
    if cout_contact is not None:
        for ligne in (*par_aide.values(), ensemble):
            _couts(ligne, float(cout_contact))
    libelles = {a.slug: a.libelle for a in catalogue.aides()}
    return Bilan(campagne, suivis, par_aide, ensemble, cout_contact, {s: libelles.get(s, s) for s in ordre})
