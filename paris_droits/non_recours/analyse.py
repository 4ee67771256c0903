"""A sample read, validated and computed: what every non-recourse report starts from.

`analyser(echantillon, periode)` reads a sample (a folder, an Echantillon, or None for the
embedded synthetic sample), validates it (bad households go to the rejects), computes every aid
(paris_droits.lot) and the variables the breakdowns and the automatic-payment routes need, and
keeps, per aid, who is eligible (most favourable of its non-cumulable group) and who receives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.format import euros, nombre
from paris_droits.commun.periodes import periode_courante
from paris_droits.commun.statistiques import deciles_ponderes
from paris_droits.lot import calcul as lot
from paris_droits.lot import echantillon as module_echantillon
from paris_droits.lot import recours
from paris_droits.non_recours.sources import variables_des_routes
from paris_droits.population import generateur as population
from paris_droits.population import synthese
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.systeme import systeme

DIMENSIONS = ("arrondissement", "qpv", "type_menage")
LIBELLES_DIMENSIONS = {
    "arrondissement": "arrondissement",
    "qpv": "quartier prioritaire",
    "type_menage": "type de ménage",
    "decile_niveau_de_vie": "décile de niveau de vie",
}



@dataclass
class Analyse:
    """A validated sample, computed: what every policy report starts from."""

    menages: pd.DataFrame  # households kept (validated), in the order of `resultats`
    individus: pd.DataFrame
    resultats: pd.DataFrame  # paris_droits.lot output, aligned on `menages`
    retenue: dict[str, np.ndarray]  # eligible, positive amount, most favourable of its group
    perception: dict[str, np.ndarray | None]  # observed receipt (None: not observed)
    periode: str
    description: str
    rejets: pd.DataFrame
    verite: dict | None = None
    aides: tuple = ()
    preparation: object = None  # the validated sample, to compute it again (e.g. under a reform)
    processus: int = 1

    @property
    def poids(self) -> np.ndarray:
        return self.resultats["poids"].to_numpy(dtype=np.float64)

    def groupes(self, dimension: str) -> tuple[np.ndarray, list[tuple[str, str]]]:
        """(group code of each household, [(key, French label)]) for a breakdown dimension."""
        if dimension == "arrondissement":
            rang = self.resultats["arrondissement"].to_numpy(dtype=np.int64)
            cles = [(f"751{r:02d}", _libelle_arrondissement(r)) for r in range(1, 21)] + [("hors_paris", "Hors Paris")]
            return np.where((rang >= 1) & (rang <= 20), rang - 1, 20), cles
        if dimension == "qpv":
            qpv = self.resultats["qpv"].to_numpy(dtype=bool)
            return np.where(qpv, 0, 1), [("qpv", "En quartier prioritaire (QPV)"), ("hors_qpv", "Hors QPV")]
        if dimension == "type_menage":
            if "type_menage" in self.menages.columns:
                types = self.menages["type_menage"].astype(str).to_numpy()
            else:
                types = population.type_menage(self.individus, self.menages["id_menage"])
            connus = list(population.TYPES_MENAGE)
            autres = sorted(set(types) - set(connus) - {""})
            noms = connus + autres + ["non_renseigne"]
            codes = pd.Categorical(types, categories=noms).codes.astype(np.int64)
            codes[codes < 0] = len(noms) - 1  # unknown or empty type → « non renseigné »
            libelles = [(nom, population.LIBELLES_TYPES_MENAGE.get(nom, nom.replace("_", " "))) for nom in noms]
            return codes, libelles
        if dimension == "decile_niveau_de_vie":
            return self.deciles_niveau_de_vie()
        raise ErreurEntree(
            f"Le champ « par » vaut « {dimension} » : choisissez parmi {', '.join(DIMENSIONS)}.", champ="par"
        )


    def deciles_niveau_de_vie(self) -> tuple[np.ndarray, list[tuple[str, str]]]:
        """Weighted deciles of living standard (niveau_de_vie: resources per consumption unit).

        Deciles of households, weighted by `poids`: each holds a tenth of the weighted households
        (up to ties). The labels give each decile's range of monthly living standard per consumption unit."""
        niveau = self.resultats["niveau_de_vie"].to_numpy(dtype=np.float64)
        codes = deciles_ponderes(niveau, self.poids)
        libelles = []
        for d in range(10):
            dans = niveau[codes == d]
            bornes = f" ({nombre(dans.min())} à {euros(dans.max(), 0)})" if len(dans) else ""
            libelles.append((f"D{d + 1}", f"Décile {d + 1}{bornes}"))
        return codes, libelles


def _libelle_arrondissement(rang: int) -> str:
    return f"{rang}{'er' if rang == 1 else 'e'} arrondissement"


def _periode_par_defaut(periode_echantillon: str | None, verite: dict | None) -> str:
    """The sample's own month (echantillon.json, else a synthetic sample's ground truth), else this month."""
    if periode_echantillon:
        return mois_couvert(periode_echantillon, "echantillon.json : periode")
    if verite and verite.get("periode"):
        return mois_couvert(str(verite["periode"]))
    return mois_couvert(periode_courante())


VARIABLES_ANALYSE = ("arrondissement", "qpv", "restauration_scolaire_tranche_calculee", "niveau_de_vie")


@dataclass
class Source:
    """A sample read once (a folder, an Echantillon, or the embedded one), to analyse at several months."""

    lu: object
    description: str
    verite: dict | None
    dossier: Path | None


def lire_source(echantillon=None) -> Source:
    """Read a sample: a folder, an Echantillon (used as is), None for the embedded synthetic sample."""
    if isinstance(echantillon, Source):
        return echantillon
    dossier = None
    if echantillon is None:
        dossier = synthese.echantillon_integre()
        lu = module_echantillon.lire_echantillon(dossier)
        description = (
            f"échantillon synthétique intégré ({synthese.MENAGES_INTEGRES:_} ménages, graine {synthese.GRAINE_INTEGREE})"
        ).replace("_", "\u202f")
    elif isinstance(echantillon, (str, Path)):
        dossier = Path(echantillon)
        lu = module_echantillon.lire_echantillon(dossier)
        description = f"échantillon « {dossier} »"
    else:
        lu = echantillon
        description = "échantillon fourni"
    verite = getattr(lu, "verite", None) or synthese.lire_verite(dossier, lu.menages)
    return Source(lu, description, verite, dossier)


def periode_par_defaut(source: Source) -> str:
    """The month an analysis computes when none is asked (see _periode_par_defaut)."""
    return _periode_par_defaut(getattr(source.lu, "periode", None), source.verite)


@dataclass
class Preparee:
    """A sample validated for an analysis at one month, before any computation. It does not keep the
    tables as read: once validated, only the converted arrays and the kept rows are needed."""

    description: str
    verite: dict | None
    periode: str
    preparation: object
    variables: list[str]


def preparer_analyse(echantillon=None, periode: str | None = None) -> Preparee:
    """Read (or take) a sample and validate it for one month; no household calculable is an error."""
    source = lire_source(echantillon)
    lu = source.lu
    periode = mois_couvert(periode) if periode is not None else periode_par_defaut(source)
    fichiers = (getattr(lu, "fichier_menages", "menages"), getattr(lu, "fichier_individus", "individus"))
    preparation = module_echantillon.preparer(lu.menages, lu.individus, strict=False, fichiers=fichiers, periode=periode)
    if len(preparation.menages_ok) == 0:
        raise ErreurEntree(
            f"Aucun ménage de l'{source.description} n'est calculable : {preparation.rejets['raison'].iloc[0]}",
            fichier=fichiers[0],
        )
    variables = [nom for nom in (*VARIABLES_ANALYSE, *variables_des_routes()) if nom in systeme().variables]
    return Preparee(source.description, source.verite, periode, preparation, variables)


def assembler_analyse(preparee: Preparee, resultats: pd.DataFrame, processus: int = 1) -> Analyse:
    """The analysis of a validated sample from its computed results (paris_droits.lot)."""
    periode, preparation = preparee.periode, preparee.preparation
    description = preparee.description
    # Aids without rules at this month (their columns are NaN) are left out of every report.
    non_encodees = set(lot.aides_non_encodees(resultats))
    aides = tuple(a for a in catalogue.aides() if a.slug not in non_encodees)
    if non_encodees:
        exclues = ", ".join(a.libelle for a in catalogue.aides() if a.slug in non_encodees)
        description += f" ; aides exclues faute de règles encodées pour {periode} : {exclues}"
    menages_ok = preparation.menages_ok
    return Analyse(
        menages=menages_ok,
        individus=preparation.individus_ok,
        resultats=resultats,
        retenue=recours.eligibilite_retenue(resultats, aides),
        perception={a.slug: recours.perception(menages_ok, a.slug) for a in aides},
        periode=periode,
        description=description,
        rejets=preparation.rejets,
        verite=preparee.verite,
        aides=aides,
        preparation=preparation,
        processus=processus,
    )


def analyser(echantillon=None, periode: str | None = None, processus: int = 1, progression: bool = False, moteur=None) -> Analyse:
    """Read (or take) a sample, validate it, compute every aid. None = the embedded synthetic sample.

    `moteur`: where to compute (paris_droits.lot.moteurs: a Moteur or an open backend); by default
    `processus` local processes."""
    preparee = preparer_analyse(echantillon, periode)
    resultats = lot.calculer(
        preparee.preparation, preparee.periode, variables=preparee.variables, processus=processus, progression=progression,
        moteur=moteur,
    )
    return assembler_analyse(preparee, resultats, processus)
