"""Baseline against reform over a sample: cost, winners and losers, distribution of gains,
new eligible households, change in non-recourse.

Both runs compute the same validated households (paris_droits.lot) under two tax-benefit
systems. Two costs are reported, per year and weighted:
- entitlement (`cout_annuel_droits`): as if every eligible household claimed;
- expected spending (`cout_annuel_depense`): with take-up. Where the sample observes receipt
  (`percoit_<slug>`), households already eligible keep their observed behaviour; households
  that become eligible, and aids the sample does not observe, claim at the assumed take-up
  rate (1 − the non-take-up parameter in parameters/communs/recours). A take-up reform
  (class attribute `sources_versement_automatique`) pays automatically every eligible
  household whose aid the listed sources can establish (paris_droits.versement_automatique).
A household gains (loses) when its yearly entitlement over all aids rises (falls) by more
than a cent. Gains and costs are broken down by QF tranche, decile of living standard
(niveau_de_vie: resources per consumption unit, weighted deciles of households), household
type, arrondissement and QPV. The costs, the winners and the losers, overall and per aid, carry
a 95 % bootstrap interval over households: one draw (paris_droits.commun.statistiques, as the
non-recourse estimate) serves every figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.statistiques import bootstrap, intervalle
from paris_droits.lot import calcul as lot
from paris_droits.lot import recours
from paris_droits.lot.moteurs import ouvrir
from paris_droits.non_recours import analyse as non_recours
from paris_droits.non_recours.sources import automatisable, variables_des_routes
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.reformes import classe_reforme, en_donnees

SEUIL_GAIN = 0.005  # € per year: below a cent, no change
REPLICATS_PAR_DEFAUT = 200  # fewer than the non-recourse estimate's 500: a comparison runs twice the batch already
GRAINE_PAR_DEFAUT = 0
DIMENSIONS_GAINS = ("tranche_qf", "decile_niveau_de_vie", "type_menage", "arrondissement", "qpv")
LIBELLES_DIMENSIONS = {
    "tranche_qf": "tranche de quotient familial",
    "decile_niveau_de_vie": "décile de niveau de vie",
    "type_menage": "type de ménage",
    "arrondissement": "arrondissement",
    "qpv": "quartier prioritaire",
}
TOTAUX = ("cout_annuel_droits", "cout_annuel_depense", "menages_gagnants", "menages_perdants")


def _total(poids: np.ndarray, valeurs: np.ndarray) -> float:
    """Weighted total. Not `poids @ valeurs`: a BLAS dot product may wake OpenBLAS's threads, which on a
    loaded 2-core machine cost about 10 ms a call (1.7 s for the 189 totals of a comparison, measured)."""
    return float(np.multiply(poids, valeurs).sum())


def _arrondi(valeur):
    return None if valeur is None else round(float(valeur), 2)


def _bornes(ic):
    return None if ic is None else [round(ic[0], 2), round(ic[1], 2)]


@dataclass
class Groupe:
    cle: str
    libelle: str
    menages: float
    gagnants: float
    perdants: float
    gain_moyen_annuel: float
    cout_annuel_droits: float
    cout_annuel_depense: float
    perte_moyenne_annuelle: float = 0.0

    def en_dict(self) -> dict:
        return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class Comparaison:
    reformes: tuple[str, ...]
    periode: str
    description: str
    menages: int
    menages_ponderes: float
    cout_annuel_droits: float
    cout_annuel_depense: float
    menages_gagnants: float
    menages_perdants: float
    gain_moyen_annuel: float
    perte_moyenne_annuelle: float
    nouveaux_eligibles: float
    taux_non_recours_base: float | None
    taux_non_recours_reforme: float | None
    par_aide: dict[str, dict]
    par_groupe: dict[str, list[Groupe]] = field(default_factory=dict)
    libelle: str = ""  # the reforms' French labels, « puis » between them
    ic95: dict[str, tuple[float, float] | None] = field(default_factory=dict)  # keys: TOTAUX
    replicats: int = REPLICATS_PAR_DEFAUT
    graine: int = GRAINE_PAR_DEFAUT
    synthetique: bool = False  # the sample is synthetic (it carries the truth it was drawn from)

    def en_dict(self) -> dict:
        return {
            "reformes": [getattr(r, "nom", r) for r in self.reformes],  # a grid's variant is data, named
            "libelle": self.libelle,
            "periode": self.periode,
            "echantillon": self.description,
            "echantillon_synthetique": self.synthetique,
            "menages": self.menages,
            "menages_ponderes": _arrondi(self.menages_ponderes),
            "cout_annuel_droits": _arrondi(self.cout_annuel_droits),
            "cout_annuel_depense": _arrondi(self.cout_annuel_depense),
            "menages_gagnants": _arrondi(self.menages_gagnants),
            "menages_perdants": _arrondi(self.menages_perdants),
            "gain_moyen_annuel": _arrondi(self.gain_moyen_annuel),
            "perte_moyenne_annuelle": _arrondi(self.perte_moyenne_annuelle),
            "nouveaux_eligibles": _arrondi(self.nouveaux_eligibles),
            "ic95": {cle: _bornes(self.ic95.get(cle)) for cle in TOTAUX},
            "replicats": self.replicats,
            "graine": self.graine,
            "taux_non_recours": {
                "base": None if self.taux_non_recours_base is None else round(self.taux_non_recours_base, 4),
                "reforme": None if self.taux_non_recours_reforme is None else round(self.taux_non_recours_reforme, 4),
            },
            "par_aide": self.par_aide,
            "par_groupe": {dimension: [g.en_dict() for g in groupes] for dimension, groupes in self.par_groupe.items()},
        }

    def en_dataframe(self, dimension: str | None = None):
        """The comparison as a pandas DataFrame: one row per aid (the `par_aide` figures, intervals
        split into `_bas` and `_haut`), or with `dimension` one row per group of that breakdown."""
        import pandas as pd

        if dimension is not None:
            if dimension not in self.par_groupe:
                raise ErreurEntree(
                    f"Le découpage « {dimension} » n'a pas été calculé : choisissez parmi {', '.join(self.par_groupe)}.",
                    champ="dimension",
                )
            return pd.DataFrame([g.en_dict() for g in self.par_groupe[dimension]])
        lignes = []
        for slug, chiffres in self.par_aide.items():
            ligne = {"slug": slug}
            for cle, valeur in chiffres.items():
                if cle.startswith("ic95_"):
                    ligne[f"{cle}_bas"], ligne[f"{cle}_haut"] = (None, None) if valeur is None else valeur
                else:
                    ligne[cle] = valeur
            lignes.append(ligne)
        return pd.DataFrame(lignes)


def _taux_recours(slug: str, periode: str) -> float:
    non_recours, _ = recours.taux_non_recours(slug, periode)
    return 1.0 - non_recours


def _recu(perception, taux: float, n: int) -> np.ndarray:
    """Probability of claiming: observed receipt where the sample has it, else the assumed take-up rate."""
    if perception is None:
        return np.full(n, taux)
    return perception.astype(np.float64)


def _sources_automatiques(noms) -> tuple[str, ...] | None:
    sources: list[str] = []
    trouve = False
    for nom in noms:
        propres = getattr(classe_reforme(nom), "sources_versement_automatique", None)
        if propres is not None:
            trouve = True
            sources += [s for s in propres if s not in sources]
    return tuple(sources) if trouve else None


def _groupes(analyse, dimension: str):
    if dimension == "tranche_qf":
        tranche = analyse.resultats["restauration_scolaire_tranche_calculee"].to_numpy(dtype=np.int64)
        nombre = int(tranche.max()) if len(tranche) else 0
        return tranche - 1, [(str(t), f"Tranche {t}") for t in range(1, nombre + 1)]
    return analyse.groupes(dimension)


def valider_options(reformes, par, replicats, graine) -> tuple[tuple[str, ...], int, int]:
    reformes = tuple(reformes)
    if not reformes:
        raise ErreurEntree("Indiquez au moins une réforme (--reforme NOM ou FICHIER.yaml).", champ="reforme")
    for dimension in par:
        if dimension not in DIMENSIONS_GAINS:
            raise ErreurEntree(f"Le champ « par » vaut « {dimension} » : choisissez parmi {', '.join(DIMENSIONS_GAINS)}.", champ="par")
    if isinstance(replicats, bool) or not isinstance(replicats, int) or replicats < 1:
        raise ErreurEntree(f"Le champ « replicats » doit être un nombre entier supérieur ou égal à 1, pas « {replicats} ».",
                           champ="replicats")
    if isinstance(graine, bool) or not isinstance(graine, int) or graine < 0:
        raise ErreurEntree(f"Le champ « graine » doit être un nombre entier positif, pas « {graine} ».", champ="graine")
    lot.systeme_pour(reformes)  # validates every reform before any computation
    return reformes, replicats, graine


@dataclass
class _Contexte:
    """Both runs on the same households, and what every aid's figures need."""

    analyse: object
    reforme: object  # the reform run (DataFrame aligned on analyse.resultats)
    aides: tuple
    retenue_base: dict
    retenue_reforme: dict
    sources: tuple[str, ...] | None

    @property
    def poids(self) -> np.ndarray:
        return self.analyse.poids


def _effets_aide(ctx: _Contexte, aide) -> dict[str, np.ndarray]:
    """Per household, for one aid: yearly entitlement and expected spending before and after, who is eligible, who claims."""
    base, n = ctx.analyse.resultats, len(ctx.poids)
    colonne = f"{aide.slug}_annuel"
    annuel_base = base[colonne].to_numpy(dtype=np.float64) if colonne in base.columns else np.zeros(n)
    annuel_reforme = ctx.reforme[colonne].to_numpy(dtype=np.float64)
    garde_base = ctx.retenue_base.get(aide.slug, np.zeros(n, dtype=bool))
    garde_reforme = ctx.retenue_reforme[aide.slug]
    taux = _taux_recours(aide.slug, ctx.analyse.periode)
    recu_base = _recu(ctx.analyse.perception.get(aide.slug), taux, n)
    recu_reforme = np.where(garde_base, recu_base, taux)
    if ctx.sources is not None and aide.donnees:
        recu_reforme = np.where(automatisable(aide, ctx.sources, ctx.reforme) & garde_reforme, 1.0, recu_reforme)
    droits_base, droits_reforme = annuel_base * garde_base, annuel_reforme * garde_reforme
    return {
        "gain": annuel_reforme - annuel_base,
        "depense": droits_reforme * recu_reforme - droits_base * recu_base,
        "droits_base": droits_base, "droits_reforme": droits_reforme,
        "depense_base": droits_base * recu_base, "depense_reforme": droits_reforme * recu_reforme,
        "garde_base": garde_base, "garde_reforme": garde_reforme, "recu_base": recu_base, "recu_reforme": recu_reforme,
    }


def _chiffres_aide(aide, effets: dict, poids: np.ndarray) -> dict:
    """The `par_aide` figures of one aid (point estimates; intervals are added after the bootstrap)."""
    garde_base, garde_reforme = effets["garde_base"], effets["garde_reforme"]
    eligibles_b, eligibles_r = float(poids[garde_base].sum()), float(poids[garde_reforme].sum())
    recus_b = float((poids * effets["recu_base"])[garde_base].sum())
    recus_r = float((poids * effets["recu_reforme"])[garde_reforme].sum())
    return {
        "libelle": aide.libelle,
        "montant_maximal": bool(aide.montant_jusqu_a),
        "cout_annuel_droits": round(_total(poids, effets["gain"]), 2),
        "cout_annuel_depense": round(_total(poids, effets["depense"]), 2),
        "droits_annuels_base": round(_total(poids, effets["droits_base"]), 2),
        "droits_annuels_reforme": round(_total(poids, effets["droits_reforme"]), 2),
        "depense_annuelle_base": round(_total(poids, effets["depense_base"]), 2),
        "depense_annuelle_reforme": round(_total(poids, effets["depense_reforme"]), 2),
        "eligibles_base": round(eligibles_b, 2),
        "eligibles_reforme": round(eligibles_r, 2),
        "nouveaux_eligibles": round(float(poids[garde_reforme & ~garde_base].sum()), 2),
        "taux_non_recours_base": round(1 - recus_b / eligibles_b, 4) if eligibles_b > 0 else None,
        "taux_non_recours_reforme": round(1 - recus_r / eligibles_r, 4) if eligibles_r > 0 else None,
        "_paires": (eligibles_b, eligibles_r, recus_b, recus_r),
    }


def _groupe(cle, libelle, p, gains, depense, gagnants, perdants) -> Groupe:
    moyenne = lambda masque: _total(p[masque], gains[masque]) / float(p[masque].sum()) if masque.any() else 0.0  # noqa: E731
    return Groupe(
        cle=cle, libelle=libelle, menages=float(p.sum()), gagnants=float(p[gagnants].sum()), perdants=float(p[perdants].sum()),
        gain_moyen_annuel=moyenne(gagnants), perte_moyenne_annuelle=moyenne(perdants),
        cout_annuel_droits=_total(p, gains), cout_annuel_depense=_total(p, depense),
    )


def _par_groupe(analyse, par, gains, depense) -> dict[str, list[Groupe]]:
    """Per breakdown, per group: weighted sums by group code in one pass (np.bincount), no per-group mask."""
    poids = analyse.poids
    gagnants, perdants = gains > SEUIL_GAIN, gains < -SEUIL_GAIN
    resultat = {}
    for dimension in par:
        codes, libelles = _groupes(analyse, dimension)
        somme = lambda valeurs: np.bincount(codes, weights=valeurs, minlength=len(libelles))  # noqa: B023, E731
        effectifs = np.bincount(codes, minlength=len(libelles))
        menages, n_gagnants, n_perdants = somme(poids), somme(poids * gagnants), somme(poids * perdants)
        gains_gagnants, pertes_perdants = somme(poids * gains * gagnants), somme(poids * gains * perdants)
        droits, depenses = somme(poids * gains), somme(poids * depense)
        resultat[dimension] = [
            Groupe(
                cle=cle, libelle=libelle, menages=float(menages[g]), gagnants=float(n_gagnants[g]), perdants=float(n_perdants[g]),
                gain_moyen_annuel=float(gains_gagnants[g] / n_gagnants[g]) if n_gagnants[g] > 0 else 0.0,
                perte_moyenne_annuelle=float(pertes_perdants[g] / n_perdants[g]) if n_perdants[g] > 0 else 0.0,
                cout_annuel_droits=float(droits[g]), cout_annuel_depense=float(depenses[g]),
            )
            for g, (cle, libelle) in enumerate(libelles)
            if effectifs[g] > 0
        ]
    return resultat


def _intervalles(poids, gains, depense, effets_par_aide, replicats, graine) -> tuple[dict, list[tuple]]:
    """One bootstrap draw for the totals (costs, winners, losers) and each aid's costs.

    An aid the reform does not change has the exact interval (0, 0): its columns are left out of the draw."""
    colonnes = [poids * gains, poids * depense, poids * (gains > SEUIL_GAIN), poids * (gains < -SEUIL_GAIN)]
    changent = [bool(effets["gain"].any() or effets["depense"].any()) for effets in effets_par_aide]
    for effets, change in zip(effets_par_aide, changent, strict=True):
        if change:
            colonnes += [poids * effets["gain"], poids * effets["depense"]]
    totaux, _ = bootstrap(np.column_stack(colonnes), replicats, graine)
    globaux = {cle: intervalle(totaux[:, k]) for k, cle in enumerate(TOTAUX)}
    par_aide, colonne = [], len(TOTAUX)
    for change in changent:
        if change:
            par_aide.append((intervalle(totaux[:, colonne]), intervalle(totaux[:, colonne + 1])))
            colonne += 2
        else:
            par_aide.append(((0.0, 0.0), (0.0, 0.0)))
    return globaux, par_aide


def _contexte(reformes, echantillon, periode, processus, progression, base=None, moteur=None) -> _Contexte:
    if base is not None and periode is not None and mois_couvert(periode) != base.periode:
        raise ErreurEntree(f"Le mois demandé ({periode}) n'est pas celui de la législation en vigueur déjà calculée ({base.periode}).",
                           champ="periode")
    # One backend for both runs: its workers build the baseline and the reformed systems once.
    moteur = lot.choisir_moteur(moteur, processus)
    with ouvrir(moteur, lot.prechauffer, (en_donnees(reformes),)) as execution:
        analyse = base if base is not None else non_recours.analyser(echantillon, periode, progression=progression, moteur=execution)
        extras = [nom for nom in (*non_recours.VARIABLES_ANALYSE, *variables_des_routes()) if nom in analyse.resultats.columns]
        reforme = lot.calculer(
            analyse.preparation, analyse.periode, variables=extras, progression=progression, reformes=reformes, moteur=execution
        )
    return assembler_contexte(analyse, reforme, reformes)


def assembler_contexte(analyse, reforme, reformes) -> _Contexte:
    """Both runs on the same households (`reforme`: the reform run's table, aligned on the analysis)."""
    base = analyse.resultats
    non_encodees = set(lot.aides_non_encodees(base)) | set(lot.aides_non_encodees(reforme))
    aides = tuple(a for a in lot.aides_calculees(reformes) if a.slug not in non_encodees)
    return _Contexte(
        analyse=analyse, reforme=reforme, aides=aides, retenue_base=recours.eligibilite_retenue(base, analyse.aides),
        retenue_reforme=recours.eligibilite_retenue(reforme, aides), sources=_sources_automatiques(reformes),
    )


def libelle_reformes(reformes) -> str:
    """The reforms' French labels (coded: the class's name; YAML: its `libelle`), joined by « puis »."""
    return " puis ".join(classe_reforme(nom).name for nom in reformes)


def comparer(
    reformes,
    echantillon=None,
    periode: str | None = None,
    processus: int = 1,
    progression: bool = False,
    par: tuple[str, ...] = DIMENSIONS_GAINS,
    replicats: int = REPLICATS_PAR_DEFAUT,
    graine: int = GRAINE_PAR_DEFAUT,
    base=None,
    moteur=None,
) -> Comparaison:
    """Compare the baseline and the reforms (applied in order) on a sample (None: the embedded one).

    `base`: the baseline already computed for this sample and month (paris_droits.non_recours.analyse.
    analyser), reused as it is, never modified: the batch computation is pure, so a server may compute it
    once per sample and month and compare many reforms against it. `echantillon` is then not read.
    `moteur`: where the batch runs compute (paris_droits.lot.moteurs); by default `processus` local processes."""
    reformes, replicats, graine = valider_options(reformes, par, replicats, graine)
    ctx = _contexte(reformes, echantillon, periode, processus, progression, base, moteur)
    return comparer_contexte(ctx, reformes, par, replicats, graine)


def comparer_contexte(ctx: _Contexte, reformes: tuple, par, replicats: int, graine: int) -> Comparaison:
    """The comparison's figures from both runs (see comparer)."""
    poids, n = ctx.poids, len(ctx.poids)
    effets_par_aide = [_effets_aide(ctx, aide) for aide in ctx.aides]
    chiffres = [_chiffres_aide(aide, effets, poids) for aide, effets in zip(ctx.aides, effets_par_aide, strict=True)]
    gains = sum((e["gain"] for e in effets_par_aide), np.zeros(n))
    depense = sum((e["depense"] for e in effets_par_aide), np.zeros(n))
    nouveaux = np.zeros(n, dtype=bool)
    for effets in effets_par_aide:
        nouveaux |= effets["garde_reforme"] & ~effets["garde_base"]
    eligibles_b, eligibles_r, recus_b, recus_r = (sum(c["_paires"][i] for c in chiffres) for i in range(4))
    ic_globaux, ic_aides = _intervalles(poids, gains, depense, effets_par_aide, replicats, graine)
    par_aide = {}
    for aide, c, (ic_droits, ic_depense) in zip(ctx.aides, chiffres, ic_aides, strict=True):
        c.pop("_paires")
        par_aide[aide.slug] = {**c, "ic95_cout_annuel_droits": _bornes(ic_droits), "ic95_cout_annuel_depense": _bornes(ic_depense)}
    gagnants, perdants = gains > SEUIL_GAIN, gains < -SEUIL_GAIN
    ensemble = _groupe("ensemble", "Ensemble", poids, gains, depense, gagnants, perdants)
    return Comparaison(
        reformes=reformes,
        periode=ctx.analyse.periode,
        description=ctx.analyse.description,
        menages=n,
        menages_ponderes=ensemble.menages,
        cout_annuel_droits=ensemble.cout_annuel_droits,
        cout_annuel_depense=ensemble.cout_annuel_depense,
        menages_gagnants=ensemble.gagnants,
        menages_perdants=ensemble.perdants,
        gain_moyen_annuel=ensemble.gain_moyen_annuel,
        perte_moyenne_annuelle=ensemble.perte_moyenne_annuelle,
        nouveaux_eligibles=float(poids[nouveaux].sum()),
        taux_non_recours_base=1 - recus_b / eligibles_b if eligibles_b else None,
        taux_non_recours_reforme=1 - recus_r / eligibles_r if eligibles_r else None,
        par_aide=par_aide,
        par_groupe=_par_groupe(ctx.analyse, par, gains, depense),
        libelle=libelle_reformes(reformes),
        ic95=ic_globaux,
        replicats=replicats,
        graine=graine,
        synthetique=ctx.analyse.verite is not None,
    )
