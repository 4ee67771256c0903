"""Automatic payment: which aids the administrations' own data could pay without a claim.

Which aids each source can establish is paris_droits.non_recours.sources.

`simuler(analyse, sources)` pays automatically every eligible household (computed eligible,
positive amount, most favourable of its non-cumulable aids) whose aid is automatable, and
reports, per aid and in total: the share of eligible households paid automatically, the added
yearly cost against today's observed receipt, and the residual non-recourse.
`comparer(analyse, sources)` adds the same figures without each listed source and with each
missing one, to show which source unlocks the most. A later reform can reuse
`sources.aides_automatisables()` and `sources.automatisable()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from paris_droits.lot.recours import montant_recu_annuel
from paris_droits.non_recours.sources import SOURCES, automatisable, detenteurs_necessaires, lire_sources


@dataclass
class BilanAide:
    slug: str
    libelle: str
    automatisable_partout: bool
    detenteurs: tuple[str, ...]
    eligibles: float
    beneficiaires: float
    verses_automatiquement: float
    nouveaux_beneficiaires: float
    cout_supplementaire_annuel: float
    depense_observee_annuelle: float
    taux_non_recours_actuel: float | None
    taux_non_recours_residuel: float | None

    @property
    def part_versee_automatiquement(self) -> float | None:
        return self.verses_automatiquement / self.eligibles if self.eligibles > 0 else None

    def en_dict(self) -> dict:
        return {
            "libelle": self.libelle,
            "detenteurs_necessaires": list(self.detenteurs),
            "automatisable_pour_tous": self.automatisable_partout,
            "eligibles": round(self.eligibles, 1),
            "beneficiaires_actuels": round(self.beneficiaires, 1),
            "verses_automatiquement": round(self.verses_automatiquement, 1),
            "part_versee_automatiquement": None
            if self.part_versee_automatiquement is None
            else round(self.part_versee_automatiquement, 4),
            "nouveaux_beneficiaires": round(self.nouveaux_beneficiaires, 1),
            "cout_supplementaire_annuel": round(self.cout_supplementaire_annuel, 2),
            "depense_observee_annuelle": round(self.depense_observee_annuelle, 2),
            "taux_non_recours_actuel": None if self.taux_non_recours_actuel is None else round(self.taux_non_recours_actuel, 4),
            "taux_non_recours_residuel": None
            if self.taux_non_recours_residuel is None
            else round(self.taux_non_recours_residuel, 4),
        }


@dataclass
class Bilan:
    sources: tuple[str, ...]
    aides: list[BilanAide]

    def _somme(self, attribut: str) -> float:
        return float(sum(getattr(a, attribut) for a in self.aides))

    @property
    def eligibles(self) -> float:
        return self._somme("eligibles")

    @property
    def verses_automatiquement(self) -> float:
        return self._somme("verses_automatiquement")

    @property
    def part_versee_automatiquement(self) -> float:
        return self.verses_automatiquement / self.eligibles if self.eligibles > 0 else 0.0

    @property
    def cout_supplementaire_annuel(self) -> float:
        return self._somme("cout_supplementaire_annuel")

    @property
    def taux_non_recours_actuel(self) -> float:
        return 1 - self._somme("beneficiaires") / self.eligibles if self.eligibles > 0 else 0.0

    @property
    def taux_non_recours_residuel(self) -> float:
        apres = self._somme("beneficiaires") + self._somme("nouveaux_beneficiaires")
        return 1 - apres / self.eligibles if self.eligibles > 0 else 0.0

    def totaux(self) -> dict:
        return {
            "eligibles": round(self.eligibles, 1),
            "verses_automatiquement": round(self.verses_automatiquement, 1),
            "part_versee_automatiquement": round(self.part_versee_automatiquement, 4),
            "cout_supplementaire_annuel": round(self.cout_supplementaire_annuel, 2),
            "depense_observee_annuelle": round(self._somme("depense_observee_annuelle"), 2),
            "taux_non_recours_actuel": round(self.taux_non_recours_actuel, 4),
            "taux_non_recours_residuel": round(self.taux_non_recours_residuel, 4),
        }


def simuler(analyse, sources) -> Bilan:
    """Automatic payment with these sources, on a computed sample (paris_droits.non_recours.analyser)."""
    sources = lire_sources(sources) if not isinstance(sources, tuple) else sources
    poids = analyse.poids
    bilans = []
    for aide in analyse.aides:
        percoit = analyse.perception[aide.slug]
        if percoit is None:  # take-up not observed: the aid is left out of the comparison
            continue
        retenue = analyse.retenue[aide.slug]
        annuel = analyse.resultats[f"{aide.slug}_annuel"].to_numpy(dtype=np.float64)
        auto = automatisable(aide, sources, analyse.resultats) & retenue
        nouveaux = auto & ~percoit
        eligibles = float(poids[retenue].sum())
        beneficiaires = float(poids[retenue & percoit].sum())
        recu = montant_recu_annuel(analyse.menages, aide)
        recu = np.where(recu > 0, recu, annuel)
        bilans.append(
            BilanAide(
                slug=aide.slug,
                libelle=aide.libelle,
                automatisable_partout=bool(automatisable(aide, sources, None, 1)[0]),
                detenteurs=tuple(sorted(detenteurs_necessaires(aide))),
                eligibles=eligibles,
                beneficiaires=beneficiaires,
                verses_automatiquement=float(poids[auto].sum()),
                nouveaux_beneficiaires=float(poids[nouveaux].sum()),
                cout_supplementaire_annuel=float((poids * annuel)[nouveaux].sum()),
                depense_observee_annuelle=float((poids * recu)[percoit].sum()),
                taux_non_recours_actuel=1 - beneficiaires / eligibles if eligibles > 0 else None,
                taux_non_recours_residuel=1 - float(poids[retenue & (percoit | auto)].sum()) / eligibles if eligibles > 0 else None,
            )
        )
    return Bilan(sources, bilans)


@dataclass
class Comparaison:
    base: Bilan
    sans: dict[str, Bilan] = field(default_factory=dict)  # without each listed source
    avec: dict[str, Bilan] = field(default_factory=dict)  # with each missing source added

    def apports(self) -> list[tuple[str, str, float, float]]:
        """(source, 'retirée' | 'ajoutée', change in households paid automatically, change in yearly cost), largest first."""
        lignes = []
        for source, bilan in self.sans.items():
            lignes.append((source, "retirée", bilan.verses_automatiquement - self.base.verses_automatiquement,
                           bilan.cout_supplementaire_annuel - self.base.cout_supplementaire_annuel))
        for source, bilan in self.avec.items():
            lignes.append((source, "ajoutée", bilan.verses_automatiquement - self.base.verses_automatiquement,
                           bilan.cout_supplementaire_annuel - self.base.cout_supplementaire_annuel))
        return sorted(lignes, key=lambda ligne: -abs(ligne[2]))

    def source_decisive(self) -> str | None:
        """The source whose presence changes the most households paid automatically."""
        apports = self.apports()
        return apports[0][0] if apports and apports[0][2] != 0 else None

    def en_dict(self) -> dict:
        return {
            "sources": list(self.base.sources),
            "aides": {a.slug: a.en_dict() for a in self.base.aides},
            "total": self.base.totaux(),
            "sans_la_source": {s: b.totaux() for s, b in self.sans.items()},
            "avec_la_source_en_plus": {s: b.totaux() for s, b in self.avec.items()},
            "source_decisive": self.source_decisive(),
        }


def comparer(analyse, sources) -> Comparaison:
    sources = lire_sources(sources)
    comparaison = Comparaison(simuler(analyse, sources))
    for source in sources:
        comparaison.sans[source] = simuler(analyse, tuple(s for s in sources if s != source))
    for source in SOURCES:
        if source not in sources:
            comparaison.avec[source] = simuler(analyse, (*sources, source))
    return comparaison
