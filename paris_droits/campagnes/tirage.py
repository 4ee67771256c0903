"""The control group: a stratified random draw of households, reproducible from its seed.

Arms are drawn per household, not per household and aid: a letter or a call proposes every aid of
the household, so a household is either contacted for all its aids of the campaign or for none.
Strata are (main aid, arrondissement): the main aid is the household's most valuable aid of the
campaign (the outreach list orders them). Within each stratum, households are taken in
identifier order and `floor(part × n)` of them, plus one more with probability equal to the
fractional part, are drawn into the control arm, without replacement. Every household thus has
the same probability `part` of being a control, whatever its stratum (so a plain difference of
take-up rates between arms is unbiased, per aid and overall), and each stratum holds very nearly
`part` of controls.
"""

from __future__ import annotations

import numpy as np

SEL_TIRAGE = 14  # separates this draw's random stream from other uses of the same seed


def generateur(graine: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([int(graine), SEL_TIRAGE])))


def tirer_temoins(identifiants, strates, part: float, graine: int) -> np.ndarray:
    """Boolean mask (aligned on `identifiants`): True for the households drawn into the control arm.

    `identifiants` are unique household ids (text), `strates` their stratum keys (text)."""
    identifiants = np.asarray(identifiants, dtype=str)
    strates = np.asarray(strates, dtype=str)
    rng = generateur(graine)
    temoins = np.zeros(len(identifiants), dtype=bool)
    ordre = np.lexsort((identifiants, strates))  # strata in key order, households in id order
    cles_triees = strates[ordre]
    debuts = np.flatnonzero(np.r_[True, cles_triees[1:] != cles_triees[:-1]])
    fins = np.r_[debuts[1:], len(ordre)]
    for debut, fin in zip(debuts, fins, strict=True):
        positions = ordre[debut:fin]
        attendu = part * len(positions)
        nombre = int(np.floor(attendu)) + int(rng.random() < attendu - np.floor(attendu))
        temoins[rng.choice(positions, size=nombre, replace=False)] = True
    return temoins
