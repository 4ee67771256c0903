"""Which administration holds which data: the sources an aid needs to be established without a claim.

An aid is automatable for a household when every registry `donnees` item it needs is held by
one of the listed sources (a `declaratif` item never is: only the household can give it). Some
aids take their data by alternative routes: the canteen's quotient familial comes from the CAF
for an allocataire (the QF the CAF prints, or its formula) and from the tax notice (DGFiP)
otherwise; `ROUTES` says which holder each route needs, from a household variable. Other
aids need all their items.
"""

from __future__ import annotations

import numpy as np

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree

DECLARATIF = "declaratif"
SOURCES = tuple(d for d in catalogue.DETENTEURS if d != DECLARATIF)
# aid slug → (household variable giving the route, {route value: holders needed instead of the alternatives})
ROUTES = {
    "restauration_scolaire": (
        "restauration_scolaire_route_qf",
        {"attestation_caf": {"caf"}, "formule_caf": {"caf"}, "avis_imposition": {"dgfip"}},
    ),
}


def variables_des_routes() -> list[str]:
    return [variable for variable, _ in ROUTES.values()]


def lire_sources(texte) -> tuple[str, ...]:
    """'caf,dgfip' → ('caf', 'dgfip'); a French error for an unknown source."""
    if texte is None:
        return SOURCES
    if isinstance(texte, str):
        morceaux = [m.strip() for m in texte.split(",") if m.strip()]
    else:
        morceaux = [str(m).strip() for m in texte]
    for morceau in morceaux:
        if morceau == DECLARATIF:
            raise ErreurEntree(
                "Le champ « sources » ne peut pas contenir « declaratif » : une donnée déclarative n'est détenue "
                "par aucune administration.",
                champ="sources",
            )
        if morceau not in SOURCES:
            raise ErreurEntree(
                f"Le champ « sources » contient « {morceau} », une source inconnue (sources possibles : {', '.join(SOURCES)}).",
                champ="sources",
            )
    return tuple(dict.fromkeys(morceaux))


def detenteurs_necessaires(aide) -> frozenset[str]:
    return frozenset(d.detenteur for d in aide.donnees)


def aides_automatisables(sources, aides=None) -> list[str]:
    """Slugs of the aids every household could get automatically from these sources (no route needed)."""
    aides = catalogue.aides() if aides is None else aides
    sources = set(sources)
    return [a.slug for a in aides if detenteurs_necessaires(a) <= sources]


def automatisable(aide, sources, resultats=None, n: int | None = None) -> np.ndarray:
    """Per household: can this aid be established from the listed sources alone?"""
    sources = set(sources)
    necessaires = set(detenteurs_necessaires(aide))
    taille = len(resultats) if resultats is not None else int(n or 0)
    if aide.slug not in ROUTES:
        return np.full(taille, necessaires <= sources)
    variable, voies = ROUTES[aide.slug]
    alternatives = set().union(*voies.values())
    communs = necessaires - alternatives
    if not communs <= sources:
        return np.zeros(taille, dtype=bool)
    if resultats is None or variable not in resultats:
        # Without the route, the aid is automatable only if every alternative is held.
        return np.full(taille, alternatives & necessaires <= sources)
    route = resultats[variable].astype(str).to_numpy()
    possible = np.zeros(taille, dtype=bool)
    for valeur, detenteurs in voies.items():
        possible |= (route == valeur) & (set(detenteurs) <= sources)
    return possible
