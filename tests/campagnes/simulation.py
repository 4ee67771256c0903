"""Simulated outcomes of an outreach campaign, with a planted effect (tests and docs/campagnes.md).

From a campaign's full list (`paris-droits campagne exporter NOM -o liste.csv --avec-temoins`):

- `issues_simulees`: an outcomes file. Each household and aid of the control arm opens its right
  with probability `taux_temoins` (recorded as `droit_ouvert`, from administrative data); of the
  contacted arm with probability `taux_temoins + effet` (a claim, then `droit_ouvert`); the others
  are not reached, informed or refuse (with a non-take-up reason), or see their claim rejected.
- `echantillon_de_suivi`: a later sample (of the embedded sample by default), the same households with `percoit_<aide>` set where the
  right was opened (same probabilities, drawn afresh, or the outcomes' own draw), and the month given in echantillon.json.

Run as a script with both outputs, one draw decides who opens the right for both.

Usage as a script (what docs/campagnes.md runs):

    python tests/campagnes/simulation.py LISTE.csv --debut 2026-11-01 --resultats resultats.csv \
        [--suivi DOSSIER_SUIVI --periode-suivi 2027-03 [--echantillon DOSSIER]] [--effet 0.15] [--taux-temoins 0.1] [--graine 1]
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

MOTIFS = ("non_connaissance", "non_demande", "non_reception", "non_proposition")
PROBABILITES_MOTIFS = (0.45, 0.25, 0.15, 0.15)
DUREE_JOURS = 150  # outcomes dated within five months of the start


def recours_tires(liste: pd.DataFrame, taux_temoins: float, effet: float, rng: np.random.Generator) -> np.ndarray:
    """Who opens the right: probability taux_temoins in the control arm, taux_temoins + effet when contacted."""
    probabilite = np.where(liste["groupe"].to_numpy() == "contacte", taux_temoins + effet, taux_temoins)
    return rng.random(len(liste)) < probabilite


def issues_simulees(
    liste: pd.DataFrame, debut: datetime.date, taux_temoins: float = 0.1, effet: float = 0.15, graine: int = 0, recours=None
) -> pd.DataFrame:
    """`recours`: who opens the right, when already drawn (the same draw as a follow-up sample's)."""
    rng = np.random.Generator(np.random.PCG64(graine))
    tires = recours_tires(liste, taux_temoins, effet, rng)
    recours = tires if recours is None else recours
    lignes = []
    for (id_menage, aide, groupe), ouvre in zip(liste[["id_menage", "aide", "groupe"]].itertuples(index=False), recours, strict=True):
        jour = debut + datetime.timedelta(days=int(rng.integers(0, DUREE_JOURS)))
        plus_tard = jour + datetime.timedelta(days=int(rng.integers(10, 40)))
        motif = str(rng.choice(MOTIFS, p=PROBABILITES_MOTIFS))
        if groupe == "temoin":
            if ouvre:
                lignes.append((id_menage, aide, plus_tard, "droit_ouvert", ""))
            elif rng.random() < 0.05:
                lignes.append((id_menage, aide, plus_tard, "demande_rejetee", ""))
            continue
        if ouvre:
            lignes += [(id_menage, aide, jour, "demande_deposee", motif), (id_menage, aide, plus_tard, "droit_ouvert", "")]
            continue
        tirage = rng.random()
        if tirage < 0.3:
            lignes.append((id_menage, aide, jour, "non_joint", ""))
        elif tirage < 0.6:
            lignes.append((id_menage, aide, jour, "information_donnee", motif))
        elif tirage < 0.85:
            lignes.append((id_menage, aide, jour, "refus", motif))
        else:
            lignes += [(id_menage, aide, jour, "demande_deposee", motif), (id_menage, aide, plus_tard, "demande_rejetee", "")]
    table = pd.DataFrame(lignes, columns=["id_menage", "aide", "date", "issue", "motif"])
    table["date"] = pd.to_datetime(table["date"]).dt.strftime("%Y-%m-%d")
    return table


def echantillon_de_suivi(
    dossier: Path, liste: pd.DataFrame, sortie: Path, periode: str, taux_temoins: float = 0.1, effet: float = 0.15, graine: int = 0,
    recours=None,
) -> Path:
    """A later sample: `dossier`'s households, with percoit_<aide> set for the households of `liste` who opened the right
    (drawn here, or given by `recours`)."""
    if recours is None:
        recours = recours_tires(liste, taux_temoins, effet, np.random.Generator(np.random.PCG64([graine, 1])))
    sortie.mkdir(parents=True, exist_ok=True)
    menages = pd.read_parquet(dossier / "menages.parquet")
    shutil.copy(dossier / "individus.parquet", sortie / "individus.parquet")
    lignes = pd.Index(menages["id_menage"].astype(str)).get_indexer(liste["id_menage"].astype(str))
    for aide in liste["aide"].unique():
        colonne = f"percoit_{aide}"
        valeurs = menages[colonne].to_numpy(dtype=np.float64).copy() if colonne in menages else np.zeros(len(menages))
        sous = (liste["aide"] == aide).to_numpy()
        montants = np.round(liste["montant_annuel_attendu"].to_numpy(dtype=np.float64)[sous] / 12, 2)
        valeurs[lignes[sous]] = np.where(recours[sous], np.maximum(montants, 0.01), 0.0)
        menages[colonne] = valeurs
    menages.to_parquet(sortie / "menages.parquet", index=False)
    (sortie / "echantillon.json").write_text(json.dumps({"periode": periode}) + "\n", encoding="utf-8")
    return sortie


def main() -> None:
    lecteur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    lecteur.add_argument("liste", type=Path)
    lecteur.add_argument("--debut", required=True, type=datetime.date.fromisoformat)
    lecteur.add_argument("--resultats", type=Path)
    lecteur.add_argument("--echantillon", type=Path)
    lecteur.add_argument("--suivi", type=Path)
    lecteur.add_argument("--periode-suivi")
    lecteur.add_argument("--effet", type=float, default=0.15)
    lecteur.add_argument("--taux-temoins", type=float, default=0.1)
    lecteur.add_argument("--graine", type=int, default=1)
    arguments = lecteur.parse_args()
    liste = pd.read_csv(arguments.liste, dtype={"id_menage": str})
    # One draw for both: the later sample sees receiving the aid exactly the households whose right the outcomes say opened.
    recours = recours_tires(liste, arguments.taux_temoins, arguments.effet, np.random.Generator(np.random.PCG64([arguments.graine, 2])))
    if arguments.resultats:
        issues = issues_simulees(liste, arguments.debut, arguments.taux_temoins, arguments.effet, arguments.graine, recours)
        issues.to_csv(arguments.resultats, index=False)
        print(f"{len(issues)} issues simulées écrites dans {arguments.resultats}")
    if arguments.suivi:
        if arguments.echantillon is None:  # the embedded synthetic sample
            from paris_droits.population import synthese

            arguments.echantillon = Path(synthese.echantillon_integre())
        echantillon_de_suivi(
            arguments.echantillon, liste, arguments.suivi, arguments.periode_suivi, arguments.taux_temoins, arguments.effet, arguments.graine,
            recours,
        )
        print(f"Échantillon de suivi ({arguments.periode_suivi}) écrit dans {arguments.suivi}")


if __name__ == "__main__":
    main()
