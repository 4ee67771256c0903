"""Follow-up from a later sample: is the right now open, for both arms? The administrative measure.

A later sample (same pseudonymous `id_menage`, a month after the campaign's) says, in its
`percoit_<aide>` columns, who now receives each aid. For every household and aid of the campaign
found in it, the store records whether it receives the aid that month (one row per household,
aid and month: following up the same month again replaces the previous rows). Households absent
from the later sample, or rejected by its validation, and aids it does not observe are not
recorded: the bilan counts them as not seen receiving the aid.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import delete, insert, select

from paris_droits.campagnes import modele
from paris_droits.campagnes.base import Base
from paris_droits.campagnes.campagne import lire
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.periodes import valider_mois
from paris_droits.lot import recours
from paris_droits.lot.echantillon import lire_echantillon, preparer

TAILLE_PAQUET = 500


@dataclass(frozen=True)
class Suivi:
    periode: str
    observes: int  # households and aids of the campaign seen in the later sample
    percoivent: dict[str, int]  # arm → of those, receiving the aid
    absents: int  # households of the campaign missing from (or rejected by) the later sample
    aides_non_observees: tuple[str, ...]  # aids of the campaign without a percoit_ column


def _echantillon_tardif(dossier, periode: str | None) -> tuple[str, pd.DataFrame]:
    """(month, validated households) of a later sample."""
    lu = lire_echantillon(dossier)
    if periode is None and lu.periode is None:
        raise ErreurEntree(
            f"Le mois de l'échantillon « {dossier} » est inconnu : indiquez-le avec --periode AAAA-MM (ou dans son echantillon.json).",
            champ="periode",
        )
    periode = valider_mois(periode if periode is not None else lu.periode)
    preparation = preparer(lu.menages, lu.individus, strict=False, fichiers=(lu.fichier_menages, lu.fichier_individus), periode=periode)
    return periode, preparation.menages_ok


def suivre(base: Base, nom: str, echantillon: str | Path, periode: str | None = None) -> Suivi:
    """Record, from a later sample, which households of campaign `nom` now receive their aids (one transaction)."""
    periode, menages = _echantillon_tardif(Path(echantillon), periode)
    ids = pd.Index(menages["id_menage"].astype(str))
    cib, sui = modele.cibles, modele.suivis
    with base.transaction() as connexion:
        campagne = lire(connexion, nom)
        if periode <= campagne.periode:
            raise ErreurEntree(
                f"L'échantillon de suivi décrit {periode} : il doit être postérieur au mois de la campagne « {campagne.nom} » ({campagne.periode}).",
                champ="periode",
            )
        cibles = pd.DataFrame(
            connexion.execute(select(cib.c.id, cib.c.id_menage, cib.c.aide, cib.c.groupe).where(cib.c.campagne_id == campagne.id)).all(),
            columns=["id", "id_menage", "aide", "groupe"],
        )
        lignes = ids.get_indexer(cibles["id_menage"])
        non_observees = tuple(sorted(a for a in cibles["aide"].unique() if recours.perception(menages, a) is None))
        if len(non_observees) == cibles["aide"].nunique():
            raise ErreurEntree(
                f"L'échantillon « {echantillon} » n'a aucune colonne percoit_<aide> des aides de la campagne « {campagne.nom} ».",
                champ="echantillon",
            )
        percoit = pd.Series(False, index=cibles.index)
        observe = pd.Series(False, index=cibles.index)
        for aide in set(cibles["aide"]) - set(non_observees):
            sous = (cibles["aide"] == aide).to_numpy() & (lignes >= 0)
            observe[sous] = True
            percoit[sous] = recours.perception(menages, aide)[lignes[sous]]
        connexion.execute(delete(sui).where(sui.c.periode == periode, sui.c.cible_id.in_(select(cib.c.id).where(cib.c.campagne_id == campagne.id))))
        maintenant = datetime.datetime.now(datetime.UTC)
        rangees = [
            {"cible_id": int(i), "periode": periode, "percoit": bool(p), "importe_le": maintenant}
            for i, p in zip(cibles["id"][observe], percoit[observe], strict=True)
        ]
        for debut in range(0, len(rangees), TAILLE_PAQUET):
            connexion.execute(insert(sui), rangees[debut:debut + TAILLE_PAQUET])
    return Suivi(
        periode=periode,
        observes=int(observe.sum()),
        percoivent={g: int((percoit & observe & (cibles["groupe"] == g)).sum()) for g in modele.GROUPES},
        absents=int(cibles.loc[lignes < 0, "id_menage"].nunique()),
        aides_non_observees=non_observees,
    )
