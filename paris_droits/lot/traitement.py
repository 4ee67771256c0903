"""A whole `paris-droits lot` run: the sample, the months, the backend, the outputs.

A Parquet sample (files or folders of files) is streamed batch by batch (paris_droits.lot.flux):
the memory a run needs is about one batch, whatever the number of households. A CSV sample is
read whole, then computed by the same batches. The results and the rejects are written batch
after batch (paris_droits.lot.sorties), each output whole or not at all. With several months,
each month is computed in turn from the same sample (the same facts, the rules and the ages of
that month) and the outputs are keyed by month.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.tableaux import LIGNES_MAX_XLSX
from paris_droits.lot.calcul import (
    aides_non_encodees,
    choisir_moteur,
    prechauffer,
    preparer_calcul,
    taille_par_defaut,
)
from paris_droits.lot.echantillon import (
    chemin_rejets,
    dossier_echantillon,
    est_parquet,
    fichier_table,
    lire_periode,
    lire_table,
)
from paris_droits.lot.flux import (
    SourceMemoire,
    SourceParquet,
    calculer_flux,
    indexer,
    ouvrir_table,
    verifier_colonnes,
)
from paris_droits.lot.moteurs import ouvrir
from paris_droits.lot.schema import INDIVIDUS, MENAGES
from paris_droits.lot.sorties import CLASSEUR, ouvrir_sortie
from paris_droits.regles.couverture import mois_couvert


@dataclass
class Bilan:
    """What a run did: households read, computed and rejected (over every month), per month the aids
    without rules, the outputs."""

    periodes: list[str]
    menages: int = 0
    calcules: int = 0
    rejetes: int = 0
    non_encodees: dict[str, list[str]] = field(default_factory=dict)
    sortie: Path | None = None
    rejets: Path | None = None
    tables: tuple | None = None  # (results, rejects) for a workbook output, which the caller writes


def ouvrir_source(dossier: Path):
    """(source of batches, the month the sample describes or None)."""
    dossier = dossier_echantillon(dossier)
    chemins = fichier_table(dossier, MENAGES), fichier_table(dossier, INDIVIDUS)
    if all(est_parquet(c) for c in chemins):
        source = SourceParquet(*(ouvrir_table(c) for c in chemins))
    else:
        source = SourceMemoire(*(lire_table(c) for c in chemins), fichiers=tuple(c.name for c in chemins))
    return source, lire_periode(dossier)


def periodes_du_lot(periodes: list[str] | None, periode_echantillon: str | None) -> list[str]:
    """The months asked (each within the rules' coverage), else the sample's own month."""
    if periodes:
        return [mois_couvert(p) for p in periodes]
    if periode_echantillon is None:
        raise ErreurEntree(
            "L'option « --periode » est obligatoire : l'échantillon ne précise pas son mois (echantillon.json) ; "
            "par exemple --periode 2026-11.",
            champ="periode",
        )
    return [mois_couvert(periode_echantillon, "echantillon.json : periode")]


def traiter(
    dossier: Path, sortie: Path, periodes: list[str] | None = None, par_mois: bool = False, strict: bool = False,
    moteur=None, taille_lot: int | None = None, variables=None, progression: bool = False,
) -> Bilan:
    """Compute every aid for every household of the sample at each month; write the results to
    `sortie` and the rejects next to it (<sortie>.rejets.csv). `par_mois`: key the outputs by month
    (always with several months)."""
    from tqdm import tqdm

    source, periode_echantillon = ouvrir_source(dossier)
    periodes = periodes_du_lot(periodes, periode_echantillon)
    par_mois = par_mois or len(periodes) > 1
    calculs = [preparer_calcul(periode, variables) for periode in periodes]  # every month and variable checked first
    verifier_colonnes(source)
    moteur = choisir_moteur(moteur, 1)
    taille_lot = taille_par_defaut(moteur, taille_lot)
    index = indexer(*source.tables, taille_lot) if isinstance(source, SourceParquet) else None
    classeur = Path(sortie).suffix.lower() == CLASSEUR
    if classeur and source.nombre_menages * len(periodes) > LIGNES_MAX_XLSX:
        raise ErreurEntree(
            f"L'échantillon compte {source.nombre_menages * len(periodes)} lignes de résultats, plus qu'une feuille de tableur "
            f"n'en contient ({LIGNES_MAX_XLSX}) : écrivez un fichier .parquet ou .csv.",
            champ="sortie",
        )
    bilan = Bilan(periodes, sortie=Path(sortie), rejets=Path(sortie) if classeur else chemin_rejets(sortie))
    description = {"periodes": periodes, "par_mois": par_mois}
    total = source.nombre_menages * len(periodes)
    with (
        tqdm(total=total, disable=not progression, file=sys.stderr, unit=" ménages", desc="Calcul", leave=False) as barre,
        ouvrir(moteur, prechauffer, ((),)) as execution,
        ouvrir_sortie(sortie, description) as resultats,
        ouvrir_sortie(bilan.rejets) as rejets,
    ):
        for calcul in calculs:
            cle = calcul.periode if par_mois else None
            for rang, (table, rejetes) in enumerate(calculer_flux(source, calcul, execution, taille_lot, strict, barre.update, index)):
                resultats.ecrire(table, cle, rang)
                rejets.ecrire(rejetes, cle, rang)
                bilan.calcules, bilan.rejetes = bilan.calcules + len(table), bilan.rejetes + len(rejetes)
                if rang == 0:
                    bilan.non_encodees[calcul.periode] = aides_non_encodees(table)
        bilan.menages = source.nombre_menages
        if bilan.calcules + bilan.rejetes != bilan.menages * len(periodes):  # never a lost household
            raise AssertionError(f"{bilan.menages} ménages × {len(periodes)} mois lus, {bilan.calcules} calculés, {bilan.rejetes} rejetés")
        description.update(menages=bilan.menages, calcules=bilan.calcules, rejetes=bilan.rejetes)
    if classeur:
        bilan.tables = (resultats.ecrivain.table(), rejets.ecrivain.table())
    return bilan
