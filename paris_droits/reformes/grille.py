"""Reform grids: one or two parameters swept over lists of values, one comparison per variant.

The grid file (validated like a parametric reform, paris_droits.regles.reformes.lire_grille):

    date: 2026-01-01            # when the swept values take effect
    parametres:                 # one or two parameter paths; two give their cross product
      familles.paris_logement_familles_monoparentales.plafond_ressources: [1600, 1650, 1700]

The sample is read and validated once. The batch runs of the law in force (once) and of every
variant then form one stream of tasks on the backend (paris_droits.lot.moteurs: this process, a
local pool, a Dask cluster), the same chunks of households for all of them (sent once to a Dask
cluster): the workers stay busy from the first variant to the last. Each variant's comparison
(paris_droits.reformes.comparaison: cost, winners, losers, non-recourse change, with their
bootstrap intervals) is computed from its results as soon as they are all in, and its table is
dropped: the memory holds the baseline and one variant, whatever the number of variants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from paris_droits.lot import calcul as lot
from paris_droits.lot.moteurs import ouvrir
from paris_droits.non_recours.analyse import assembler_analyse, preparer_analyse
from paris_droits.reformes.comparaison import (
    DIMENSIONS_GAINS,
    GRAINE_PAR_DEFAUT,
    REPLICATS_PAR_DEFAUT,
    Comparaison,
    assembler_contexte,
    comparer_contexte,
    valider_options,
)
from paris_droits.regles.reformes import Grille, lire_grille

CLES_LIGNE = (
    "cout_annuel_droits", "cout_annuel_depense", "menages_gagnants", "menages_perdants", "gain_moyen_annuel",
    "perte_moyenne_annuelle", "nouveaux_eligibles",
)


@dataclass
class Variante:
    """One point of the grid: its swept values and its comparison with the law in force."""

    parametres: dict
    comparaison: Comparaison

    def en_dict(self) -> dict:
        return {"parametres": dict(self.parametres), **self.comparaison.en_dict()}


@dataclass
class ResultatGrille:
    grille: Grille
    periode: str
    description: str
    menages: int
    variantes: list[Variante] = field(default_factory=list)
    synthetique: bool = False

    def en_dict(self) -> dict:
        return {
            "grille": self.grille.fichier,
            "libelle": self.grille.libelle or "",
            "date": self.grille.date,
            "parametres": list(self.grille.chemins),
            "periode": self.periode,
            "echantillon": self.description,
            "echantillon_synthetique": self.synthetique,
            "menages": self.menages,
            "variantes": [v.en_dict() for v in self.variantes],
        }

    def en_dataframe(self):
        """One row per variant: the swept values, then the comparison's totals and their intervals."""
        import pandas as pd

        lignes = []
        for variante in self.variantes:
            c = variante.comparaison
            ligne = dict(variante.parametres)
            for cle in CLES_LIGNE:
                ligne[cle] = getattr(c, cle)
            for cle in ("cout_annuel_droits", "cout_annuel_depense"):
                ligne[f"ic95_{cle}_bas"], ligne[f"ic95_{cle}_haut"] = c.ic95.get(cle) or (None, None)
            ligne["taux_non_recours_base"], ligne["taux_non_recours_reforme"] = c.taux_non_recours_base, c.taux_non_recours_reforme
            lignes.append(ligne)
        return pd.DataFrame(lignes)


def _taches(preparee, calculs, taille_lot):
    """The baseline's chunks, then each variant's, all on the same chunk objects."""
    tranches = list(lot.tranches(preparee.preparation, preparee.periode, taille_lot))
    for calcul in calculs:
        for tranche in tranches:
            yield tranche.nombre_menages, (tranche, calcul.periode, calcul.demandees, calcul.reformes)


def comparer_grille(
    grille, echantillon=None, periode: str | None = None, moteur=None, progression: bool = False,
    par: tuple[str, ...] = DIMENSIONS_GAINS, replicats: int = REPLICATS_PAR_DEFAUT, graine: int = GRAINE_PAR_DEFAUT,
    taille_lot: int | None = None,
) -> ResultatGrille:
    """Every variant of a grid (a file, or a Grille) compared with the law in force on a sample (None: the
    embedded one), as one stream of tasks on the backend `moteur` (see the module docstring)."""
    from tqdm import tqdm

    grille = grille if isinstance(grille, Grille) else lire_grille(grille)
    variantes = grille.variantes()
    valider_options(variantes[:1], par, replicats, graine)
    preparee = preparer_analyse(echantillon, periode)
    calculs = [lot.preparer_calcul(preparee.periode, preparee.variables)]
    calculs += [lot.preparer_calcul(preparee.periode, preparee.variables, (variante,)) for variante in variantes]
    moteur = lot.choisir_moteur(moteur, 1)
    taille_lot = lot.taille_par_defaut(moteur, taille_lot)
    menages_ok = preparee.preparation.menages_ok
    par_calcul = -(-len(menages_ok) // taille_lot)
    resultat, analyse, recus = None, None, []
    points = grille.points()
    with (
        tqdm(total=len(menages_ok) * len(calculs), disable=not progression, unit=" ménages", desc="Grille", leave=False) as barre,
        ouvrir(moteur, lot.prechauffer, ((),)) as execution,
    ):
        for rang, sortie in execution.executer(_taches(preparee, calculs, taille_lot), lot.calculer_tranche, barre.update, (0,)):
            recus.append(sortie)
            if len(recus) < par_calcul:
                continue
            k = rang // par_calcul  # 0: the law in force; k: variant k
            table = lot.assembler(calculs[k], recus, menages_ok["id_menage"].array, preparee.preparation.poids)
            recus = []
            if k == 0:
                analyse = assembler_analyse(preparee, table)
                resultat = ResultatGrille(grille, analyse.periode, analyse.description, len(menages_ok),
                                          synthetique=analyse.verite is not None)
                continue
            reformes = (variantes[k - 1],)
            comparaison = comparer_contexte(assembler_contexte(analyse, table, reformes), reformes, par, replicats, graine)
            resultat.variantes.append(Variante(points[k - 1], comparaison))
    return resultat
