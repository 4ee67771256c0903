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
than a cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot import calcul as lot
from paris_droits.lot import recours
from paris_droits.non_recours import analyse as non_recours
from paris_droits.non_recours.sources import automatisable, variables_des_routes
from paris_droits.regles.reformes import classe_reforme

SEUIL_GAIN = 0.005  # € per year: below a cent, no change
DIMENSIONS_GAINS = ("tranche_qf", "type_menage", "arrondissement", "qpv")
LIBELLES_DIMENSIONS = {
    "tranche_qf": "tranche de quotient familial",
    "type_menage": "type de ménage",
    "arrondissement": "arrondissement",
    "qpv": "quartier prioritaire",
}


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

    def en_dict(self) -> dict:
        arrondi = lambda v: None if v is None else round(float(v), 2)  # noqa: E731
        return {
            "reformes": list(self.reformes),
            "periode": self.periode,
            "echantillon": self.description,
            "menages": self.menages,
            "menages_ponderes": arrondi(self.menages_ponderes),
            "cout_annuel_droits": arrondi(self.cout_annuel_droits),
            "cout_annuel_depense": arrondi(self.cout_annuel_depense),
            "menages_gagnants": arrondi(self.menages_gagnants),
            "menages_perdants": arrondi(self.menages_perdants),
            "gain_moyen_annuel": arrondi(self.gain_moyen_annuel),
            "perte_moyenne_annuelle": arrondi(self.perte_moyenne_annuelle),
            "nouveaux_eligibles": arrondi(self.nouveaux_eligibles),
            "taux_non_recours": {
                "base": None if self.taux_non_recours_base is None else round(self.taux_non_recours_base, 4),
                "reforme": None if self.taux_non_recours_reforme is None else round(self.taux_non_recours_reforme, 4),
            },
            "par_aide": self.par_aide,
            "par_groupe": {dimension: [g.en_dict() for g in groupes] for dimension, groupes in self.par_groupe.items()},
        }


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


def comparer(
    reformes,
    echantillon=None,
    periode: str | None = None,
    processus: int = 1,
    progression: bool = False,
    par: tuple[str, ...] = DIMENSIONS_GAINS,
) -> Comparaison:
    """Compare the baseline and the reforms (applied in order) on a sample (None: the embedded one)."""
    reformes = tuple(reformes)
    if not reformes:
        raise ErreurEntree("Indiquez au moins une réforme (--reforme NOM ou FICHIER.yaml).", champ="reforme")
    for dimension in par:
        if dimension not in DIMENSIONS_GAINS:
            raise ErreurEntree(f"Le champ « par » vaut « {dimension} » : choisissez parmi {', '.join(DIMENSIONS_GAINS)}.", champ="par")
    lot.systeme_pour(reformes)  # validates every reform before any computation
    analyse = non_recours.analyser(echantillon, periode, processus=processus, progression=progression)
    base = analyse.resultats
    extras = [nom for nom in (*non_recours.VARIABLES_ANALYSE, *variables_des_routes()) if nom in base.columns]
    reforme = lot.calculer(
        analyse.preparation, analyse.periode, variables=extras, processus=processus, progression=progression, reformes=reformes
    )
    poids = analyse.poids
    n = len(poids)
    non_encodees = set(lot.aides_non_encodees(base)) | set(lot.aides_non_encodees(reforme))
    aides = tuple(a for a in lot.aides_calculees(reformes) if a.slug not in non_encodees)
    retenue_base = recours.eligibilite_retenue(base, analyse.aides)
    retenue_reforme = recours.eligibilite_retenue(reforme, aides)
    sources = _sources_automatiques(reformes)

    gains = np.zeros(n)
    depense_delta = np.zeros(n)
    par_aide = {}
    eligibles_paires = beneficiaires_base = beneficiaires_reforme = eligibles_paires_reforme = 0.0
    nouveaux = np.zeros(n, dtype=bool)
    for aide in aides:
        colonne = f"{aide.slug}_annuel"
        annuel_base = base[colonne].to_numpy(dtype=np.float64) if colonne in base.columns else np.zeros(n)
        annuel_reforme = reforme[colonne].to_numpy(dtype=np.float64)
        garde_base = retenue_base.get(aide.slug, np.zeros(n, dtype=bool))
        garde_reforme = retenue_reforme[aide.slug]
        taux = _taux_recours(aide.slug, analyse.periode)
        recu_base = _recu(analyse.perception.get(aide.slug), taux, n)
        recu_reforme = np.where(garde_base, recu_base, taux)
        if sources is not None and aide.donnees:
            recu_reforme = np.where(automatisable(aide, sources, reforme) & garde_reforme, 1.0, recu_reforme)
        droits_base = annuel_base * garde_base
        droits_reforme = annuel_reforme * garde_reforme
        depense_base = droits_base * recu_base
        depense_reforme = droits_reforme * recu_reforme
        gains += annuel_reforme - annuel_base
        depense_delta += depense_reforme - depense_base
        devenus = garde_reforme & ~garde_base
        nouveaux |= devenus
        eligibles_b, eligibles_r = float(poids[garde_base].sum()), float(poids[garde_reforme].sum())
        recus_b, recus_r = float((poids * recu_base)[garde_base].sum()), float((poids * recu_reforme)[garde_reforme].sum())
        eligibles_paires += eligibles_b
        eligibles_paires_reforme += eligibles_r
        beneficiaires_base += recus_b
        beneficiaires_reforme += recus_r
        par_aide[aide.slug] = {
            "libelle": aide.libelle,
            "cout_annuel_droits": round(float(poids @ (annuel_reforme - annuel_base)), 2),
            "cout_annuel_depense": round(float(poids @ (depense_reforme - depense_base)), 2),
            "droits_annuels_base": round(float(poids @ droits_base), 2),
            "droits_annuels_reforme": round(float(poids @ droits_reforme), 2),
            "depense_annuelle_base": round(float(poids @ depense_base), 2),
            "depense_annuelle_reforme": round(float(poids @ depense_reforme), 2),
            "eligibles_base": round(eligibles_b, 2),
            "eligibles_reforme": round(eligibles_r, 2),
            "nouveaux_eligibles": round(float(poids[devenus].sum()), 2),
            "taux_non_recours_base": round(1 - recus_b / eligibles_b, 4) if eligibles_b > 0 else None,
            "taux_non_recours_reforme": round(1 - recus_r / eligibles_r, 4) if eligibles_r > 0 else None,
        }

    gagnants, perdants = gains > SEUIL_GAIN, gains < -SEUIL_GAIN
    poids_gagnants, poids_perdants = float(poids[gagnants].sum()), float(poids[perdants].sum())
    par_groupe = {}
    for dimension in par:
        codes, libelles = _groupes(analyse, dimension)
        groupes = []
        for rang, (cle, libelle) in enumerate(libelles):
            dans = codes == rang
            if not dans.any():
                continue
            p = poids[dans]
            g = gagnants[dans]
            groupes.append(
                Groupe(
                    cle=cle, libelle=libelle, menages=float(p.sum()), gagnants=float(p[g].sum()),
                    perdants=float(p[perdants[dans]].sum()),
                    gain_moyen_annuel=float(p[g] @ gains[dans][g] / p[g].sum()) if g.any() else 0.0,
                    cout_annuel_droits=float(p @ gains[dans]), cout_annuel_depense=float(p @ depense_delta[dans]),
                )
            )
        par_groupe[dimension] = groupes

    return Comparaison(
        reformes=reformes,
        periode=analyse.periode,
        description=analyse.description,
        menages=n,
        menages_ponderes=float(poids.sum()),
        cout_annuel_droits=float(poids @ gains),
        cout_annuel_depense=float(poids @ depense_delta),
        menages_gagnants=poids_gagnants,
        menages_perdants=poids_perdants,
        gain_moyen_annuel=float(poids[gagnants] @ gains[gagnants] / poids_gagnants) if poids_gagnants else 0.0,
        perte_moyenne_annuelle=float(poids[perdants] @ gains[perdants] / poids_perdants) if poids_perdants else 0.0,
        nouveaux_eligibles=float(poids[nouveaux].sum()),
        taux_non_recours_base=1 - beneficiaires_base / eligibles_paires if eligibles_paires else None,
        taux_non_recours_reforme=1 - beneficiaires_reforme / eligibles_paires_reforme if eligibles_paires_reforme else None,
        par_aide=par_aide,
        par_groupe=par_groupe,
    )
