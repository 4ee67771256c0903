"""Non-recourse (non-take-up) estimation on a household sample.

For each aid of the registry, on a sample carrying observed receipt `percoit_<slug>`:

- eligibles: weighted households computed eligible with a positive amount, counted for
  the most favourable of their non-cumulable aids (paris_droits.lot.recours);
- beneficiaires_eligibles: those among them who receive the aid;
- taux_non_recours = 1 - beneficiaires_eligibles / eligibles (DREES definition: eligible
  non-recipients over eligibles, weighted);
- montant_non_reclame_annuel: the yearly amount the eligible non-recipients would get;
- erreurs_inclusion: recipients computed ineligible, reported separately, never netted out;
- ic95: 95 % percentile bootstrap interval over households (multinomial resampling of the
  households, vectorised as a replicate × household weights matrix: paris_droits.commun.statistiques),
  with a seed.

Weighted counts are in households (the `poids` column). Breakdowns by arrondissement, QPV
and household type, the total unclaimed amount and the amount per arrondissement reuse the
same bootstrap replicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.statistiques import bootstrap, intervalle
from paris_droits.lot import calcul as lot
from paris_droits.lot import recours
from paris_droits.lot.moteurs import ouvrir
from paris_droits.non_recours.analyse import DIMENSIONS, Analyse, analyser, lire_source

REPLICATS_PAR_DEFAUT = 500
GRAINE_PAR_DEFAUT = 0
SEUIL_EFFECTIF = 30  # fewer eligible sampled households: the rate is shown but flagged as not interpretable


# --- The estimator -------------------------------------------------------------------------------------


@dataclass
class Indicateurs:
    """Point estimates and intervals for one aid, Paris-wide or in one group."""

    eligibles: float
    beneficiaires_eligibles: float
    taux_non_recours: float | None
    ic95: tuple[float, float] | None
    montant_non_reclame_annuel: float
    ic95_montant: tuple[float, float] | None
    erreurs_inclusion: float
    effectif_eligibles: int

    @property
    def effectif_insuffisant(self) -> bool:
        return self.effectif_eligibles < SEUIL_EFFECTIF

    def en_dict(self) -> dict:
        return {
            "eligibles": round(self.eligibles, 1),
            "beneficiaires_eligibles": round(self.beneficiaires_eligibles, 1),
            "taux_non_recours": None if self.taux_non_recours is None else round(self.taux_non_recours, 4),
            "ic95": None if self.ic95 is None else [round(self.ic95[0], 4), round(self.ic95[1], 4)],
            "montant_non_reclame_annuel": round(self.montant_non_reclame_annuel, 2),
            "ic95_montant_non_reclame_annuel": None
            if self.ic95_montant is None
            else [round(self.ic95_montant[0], 2), round(self.ic95_montant[1], 2)],
            "erreurs_inclusion": round(self.erreurs_inclusion, 1),
            "effectif_eligibles": self.effectif_eligibles,
            "effectif_insuffisant": self.effectif_insuffisant,
        }


@dataclass
class ResultatAide:
    slug: str
    libelle: str
    periodicite: str
    montant_jusqu_a: bool
    observe: bool
    indicateurs: Indicateurs
    beneficiaires_non_retenus: float = 0.0
    montant_erreurs_inclusion_annuel: float = 0.0
    taux_plante: float | None = None
    groupes: dict[str, dict[str, tuple[str, Indicateurs]]] = field(default_factory=dict)

    def en_dict(self) -> dict:
        corps = {"libelle": self.libelle, "periodicite": self.periodicite, "perception_observee": self.observe}
        corps.update(self.indicateurs.en_dict())
        corps["montant_erreurs_inclusion_annuel"] = round(self.montant_erreurs_inclusion_annuel, 2)
        corps["beneficiaires_non_retenus"] = round(self.beneficiaires_non_retenus, 1)
        corps["montant_maximal"] = self.montant_jusqu_a
        if self.taux_plante is not None:
            corps["taux_non_recours_plante"] = self.taux_plante
        for dimension, groupes in self.groupes.items():
            corps[f"par_{dimension}"] = {
                cle: {"libelle": libelle, **indicateurs.en_dict()} for cle, (libelle, indicateurs) in groupes.items()
            }
        return corps


@dataclass
class MontantGroupe:
    """The yearly amount left unclaimed in one group of households (all observed aids), with its interval."""

    cle: str
    libelle: str
    montant: float
    ic95: tuple[float, float] | None


@dataclass
class Estimation:
    periode: str
    description: str
    menages: int
    menages_rejetes: int
    menages_ponderes: float
    replicats: int
    graine: int
    par: tuple[str, ...]
    aides: list[ResultatAide]
    non_reclame_par_arrondissement: list[MontantGroupe]
    ic95_montant_total: tuple[float, float] | None = None
    verite: dict | None = None
    raisons_rejets: list[str] = field(default_factory=list)  # the first reasons, for the report

    def en_dict(self) -> dict:
        """One object per aid, keyed by slug (the `--format json` output)."""
        return {resultat.slug: resultat.en_dict() for resultat in self.aides}

    @property
    def montant_non_reclame_total(self) -> float:
        return float(sum(r.indicateurs.montant_non_reclame_annuel for r in self.aides if r.observe))

    @property
    def synthetique(self) -> bool:
        """The sample is synthetic (it carries the truth it was drawn from)."""
        return self.verite is not None

    def en_dataframe(self, dimension: str | None = None):
        """The estimate as a pandas DataFrame: one row per aid, or per aid and group of `dimension`
        (one of `par`). Columns are the JSON keys, intervals split into `_bas` and `_haut`."""
        import pandas as pd

        if dimension is not None and dimension not in self.par:
            raise ErreurEntree(
                f"Le découpage « {dimension} » n'a pas été calculé : choisissez parmi {', '.join(self.par) or 'aucun'}.",
                champ="dimension",
            )
        lignes = []
        for resultat in self.aides:
            tete = {"slug": resultat.slug, "libelle": resultat.libelle}
            if dimension is None:
                corps = resultat.en_dict()
                lignes.append({**tete, **{k: v for k, v in corps.items() if not k.startswith("par_") and k != "libelle"}})
                continue
            for cle, (libelle, indicateurs) in resultat.groupes.get(dimension, {}).items():
                lignes.append({**tete, dimension: cle, "libelle_groupe": libelle, **indicateurs.en_dict()})
        table = pd.DataFrame(lignes)
        for cle in ("ic95", "ic95_montant_non_reclame_annuel"):
            if cle in table.columns:
                bornes = table.pop(cle)
                table[f"{cle}_bas"] = [None if b is None else b[0] for b in bornes]
                table[f"{cle}_haut"] = [None if b is None else b[1] for b in bornes]
        return table


def _valider_options(replicats, graine, par) -> tuple[int, int, tuple[str, ...]]:
    try:
        replicats = int(replicats)
    except (TypeError, ValueError):
        replicats = -1
    if replicats < 1:
        raise ErreurEntree(
            f"Le champ « replicats » doit être un nombre entier supérieur ou égal à 1, pas « {replicats} ».", champ="replicats"
        )
    try:
        graine = int(graine)
    except (TypeError, ValueError):
        raise ErreurEntree(f"Le champ « graine » doit être un nombre entier, pas « {graine} ».", champ="graine") from None
    if graine < 0:
        raise ErreurEntree(f"Le champ « graine » doit être un nombre entier positif, pas « {graine} ».", champ="graine")
    if par is None:
        par = ()
    elif isinstance(par, str):
        par = (par,)
    for dimension in par:
        if dimension not in DIMENSIONS:
            raise ErreurEntree(
                f"Le champ « par » vaut « {dimension} » : choisissez parmi {', '.join(DIMENSIONS)}.", champ="par"
            )
    return replicats, graine, tuple(par)


def _matrice(analyse: Analyse, aides) -> tuple[np.ndarray, list[bool]]:
    """(n, 3K) per-household contributions: eligible weight, recipient weight, unclaimed yearly amount."""
    poids = analyse.poids
    colonnes = []
    observes = []
    for aide in aides:
        retenue = analyse.retenue[aide.slug]
        percoit = analyse.perception[aide.slug]
        observes.append(percoit is not None)
        percoit = np.zeros(len(poids), dtype=bool) if percoit is None else percoit
        annuel = analyse.resultats[f"{aide.slug}_annuel"].to_numpy(dtype=np.float64)
        colonnes += [poids * retenue, poids * (retenue & percoit), poids * (retenue & ~percoit) * annuel]
    return np.column_stack(colonnes), observes


def _indicateurs(point: np.ndarray, replicats: np.ndarray, k: int, effectif: int, inclusion: float) -> Indicateurs:
    eligibles, beneficiaires, montant = point[3 * k], point[3 * k + 1], point[3 * k + 2]
    e_b, b_b, m_b = replicats[:, 3 * k], replicats[:, 3 * k + 1], replicats[:, 3 * k + 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        taux_b = np.where(e_b > 0, 1 - b_b / e_b, np.nan)
    return Indicateurs(
        eligibles=float(eligibles),
        beneficiaires_eligibles=float(beneficiaires),
        taux_non_recours=float(1 - beneficiaires / eligibles) if eligibles > 0 else None,
        ic95=intervalle(taux_b) if eligibles > 0 else None,
        montant_non_reclame_annuel=float(montant),
        ic95_montant=intervalle(m_b),
        erreurs_inclusion=float(inclusion),
        effectif_eligibles=int(effectif),
    )


def _decoupages(analyse: Analyse, par: tuple[str, ...]):
    """Per dimension (codes, [(key, label)]), and the index arrays of every group, in order."""
    decoupages = {dimension: analyse.groupes(dimension) for dimension in par}
    index_groupes = []
    for dimension in par:
        codes, cles = decoupages[dimension]
        index_groupes += [np.flatnonzero(codes == g) for g in range(len(cles))]
    return decoupages, index_groupes


def _colonnes_arrondissements(analyse: Analyse, matrice: np.ndarray, observes: list[bool]):
    """(n, 21) unclaimed yearly amount of every observed aid, one column per arrondissement (and outside Paris)."""
    codes, cles = analyse.groupes("arrondissement")
    non_reclame = np.zeros(matrice.shape[0])
    for k, observe in enumerate(observes):
        if observe:
            non_reclame += matrice[:, 3 * k + 2]
    colonnes = np.zeros((matrice.shape[0], len(cles)))
    colonnes[np.arange(matrice.shape[0]), codes] = non_reclame
    return colonnes, cles


def _resultat_aide(analyse: Analyse, k: int, aide, tirage: dict) -> ResultatAide:
    """Point estimates, intervals and group breakdowns of the k-th aid, from the shared bootstrap draw."""
    poids = analyse.poids
    eligible = analyse.resultats[f"{aide.slug}_eligible"].to_numpy(dtype=bool)
    retenue = analyse.retenue[aide.slug]
    percoit = analyse.perception[aide.slug]
    percoit = np.zeros(len(poids), dtype=bool) if percoit is None else percoit
    inclusion = percoit & ~eligible
    annuel = analyse.resultats[f"{aide.slug}_annuel"].to_numpy(dtype=np.float64)
    montant_recu = recours.montant_recu_annuel(analyse.menages, aide)
    matrice = tirage["matrice"]
    resultat = ResultatAide(
        slug=aide.slug,
        libelle=aide.libelle,
        periodicite=aide.periodicite,
        montant_jusqu_a=aide.montant_jusqu_a,
        observe=tirage["observes"][k],
        indicateurs=_indicateurs(matrice.sum(axis=0), tirage["totaux"], k, int(retenue.sum()), float(poids[inclusion].sum())),
        beneficiaires_non_retenus=float(poids[percoit & eligible & ~retenue].sum()),
        montant_erreurs_inclusion_annuel=float((poids * inclusion * np.where(montant_recu > 0, montant_recu, annuel)).sum()),
        taux_plante=(((analyse.verite or {}).get("aides", {})).get(aide.slug) or {}).get("taux_non_recours_plante"),
    )
    position = 0
    for dimension, (_, cles) in tirage["decoupages"].items():
        groupes = {}
        for g, (cle, libelle) in enumerate(cles):
            index = tirage["index_groupes"][position + g]
            if len(index):
                indicateurs = _indicateurs(
                    matrice[index].sum(axis=0), tirage["par_groupe"][position + g], k, int(retenue[index].sum()),
                    float(poids[index][inclusion[index]].sum()),
                )
                groupes[cle] = (libelle, indicateurs)
        resultat.groupes[dimension] = groupes
        position += len(cles)
    return resultat


def estimer(
    echantillon=None,
    periode: str | None = None,
    par=None,
    replicats: int = REPLICATS_PAR_DEFAUT,
    graine: int = GRAINE_PAR_DEFAUT,
    processus: int = 1,
    progression: bool = False,
    analyse: Analyse | None = None,
    moteur=None,
) -> Estimation:
    """Non-recourse of every aid of the registry on a sample (see the module docstring).

    `echantillon`: a directory (menages + individus, Parquet or CSV), an Echantillon, or None
    for the embedded synthetic sample. `par`: one or several of arrondissement, qpv, type_menage.
    One bootstrap draw serves every figure: each aid, each group, the total and each arrondissement.
    `moteur`: where the batch computes (paris_droits.lot.moteurs); by default `processus` local processes.
    """
    replicats, graine, par = _valider_options(replicats, graine, par)
    if analyse is None:
        analyse = analyser(echantillon, periode, processus=processus, progression=progression, moteur=moteur)
    matrice, observes = _matrice(analyse, analyse.aides)
    arrondissements, cles_arrondissements = _colonnes_arrondissements(analyse, matrice, observes)
    decoupages, index_groupes = _decoupages(analyse, par)
    totaux, par_groupe = bootstrap(np.column_stack([matrice, arrondissements]), replicats, graine, index_groupes)
    tirage = {"matrice": matrice, "observes": observes, "totaux": totaux, "par_groupe": par_groupe,
              "decoupages": decoupages, "index_groupes": index_groupes}
    resultats = [_resultat_aide(analyse, k, aide, tirage) for k, aide in enumerate(analyse.aides)]
    colonnes_montants = [3 * k + 2 for k, observe in enumerate(observes) if observe]
    par_arrondissement = [
        MontantGroupe(cle, libelle, float(arrondissements[:, g].sum()), intervalle(totaux[:, matrice.shape[1] + g]))
        for g, (cle, libelle) in enumerate(cles_arrondissements)
        if cle != "hors_paris" or arrondissements[:, g].sum() > 0
    ]
    return Estimation(
        periode=analyse.periode,
        description=analyse.description,
        menages=len(analyse.menages),
        menages_rejetes=len(analyse.rejets),
        menages_ponderes=float(analyse.poids.sum()),
        replicats=replicats,
        graine=graine,
        par=par,
        aides=resultats,
        non_reclame_par_arrondissement=par_arrondissement,
        ic95_montant_total=intervalle(totaux[:, colonnes_montants].sum(axis=1)) if colonnes_montants else None,
        verite=analyse.verite,
        raisons_rejets=[str(r) for r in analyse.rejets["raison"].head(3)] if len(analyse.rejets) else [],
    )


# --- Several months -------------------------------------------------------------------------------------


@dataclass
class EstimationsMensuelles:
    """The estimate at each month of a range, from the same sample read once (the rules and the
    households' ages of each month; observed receipt as the sample gives it)."""

    periodes: list[str]
    par_periode: dict[str, Estimation]

    def en_dict(self) -> dict:
        return {"periodes": list(self.periodes), "par_periode": {m: e.en_dict() for m, e in self.par_periode.items()}}

    def en_dataframe(self):
        """One row per month and aid (the columns of Estimation.en_dataframe, with `periode` first)."""
        import pandas as pd

        tables = [e.en_dataframe().assign(periode=m) for m, e in self.par_periode.items()]
        table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()
        return table[["periode", *(c for c in table.columns if c != "periode")]] if len(table.columns) else table


def taux_global(estimation: Estimation) -> float | None:
    """Non-take-up over the (household, aid) pairs of the aids whose receipt is observed."""
    eligibles = sum(r.indicateurs.eligibles for r in estimation.aides if r.observe)
    beneficiaires = sum(r.indicateurs.beneficiaires_eligibles for r in estimation.aides if r.observe)
    return 1 - beneficiaires / eligibles if eligibles else None


def estimer_periodes(
    echantillon=None, periodes=(), par=None, replicats: int = REPLICATS_PAR_DEFAUT, graine: int = GRAINE_PAR_DEFAUT,
    progression: bool = False, moteur=None,
) -> EstimationsMensuelles:
    """The estimate at each month (see estimer): the sample is read once, the backend opened once; each
    month is validated (dates after its end are defects), computed and estimated in turn, and only its
    estimate is kept."""
    _valider_options(replicats, graine, par)
    source = lire_source(echantillon)
    par_periode = {}
    with ouvrir(lot.choisir_moteur(moteur, 1), lot.prechauffer, ((),)) as execution:
        for periode in periodes:
            analyse = analyser(source, periode, progression=progression, moteur=execution)
            par_periode[analyse.periode] = estimer(par=par, replicats=replicats, graine=graine, analyse=analyse)
    return EstimationsMensuelles(list(par_periode), par_periode)
