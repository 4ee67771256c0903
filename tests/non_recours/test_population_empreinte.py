"""The synthetic population is byte-identical to the one recorded before the generator was split into steps.

The checksums below were recorded on 2026-12-06 from commit b233088 (before `generer_population`, then one
function of about 490 lines, was split into named steps): every column's name, dtype and bytes (object
columns through their text) of the `menages` and `individus` tables.

When they change:
- a deliberate change of the draw (a new input, another law, another order of draws on a stream) bumps
  `VERSION_GENERATEUR` in paris_droits/population/generateur.py and records new checksums here;
- the draw also reads national amounts at the period (`communs.aah`, `communs.aspa`, `communs.rsa`): a
  sourced change of those parameters changes the population of the periods it covers (the 2024-06 one
  first), and the new checksums are recorded here with that change.
A refactoring never changes them.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from paris_droits.population.generateur import generer_population

EMPREINTES = {
    (20_000, 2026, "2026-11"): {
        "menages": "b5eceff0a9ec985b0b08f0e1f112e2f528478633416015cb572325f0a4e0638a",
        "individus": "b75055a38e92f83f826a4fb72bd10af2d39d2a3c2459ef098eedfd379b91f2e5",
    },
    (3000, 7, "2024-06"): {
        "menages": "76cac2c9949959ec462c3a37f96f1521dc746770ec7fad30f9f313754dec123a",
        "individus": "3089563a9fce14a0d6afc66265e2aa7233a3145d39ea9023fd22c618ce8dec72",
    },
}


def empreinte(table: pd.DataFrame) -> str:
    """SHA-256 of a table: for each column in order, its name, its dtype and its values."""
    h = hashlib.sha256()
    for colonne in table.columns:
        h.update(colonne.encode())
        h.update(str(table[colonne].dtype).encode())
        valeurs = table[colonne].to_numpy()
        if valeurs.dtype == object:
            h.update("\x1f".join(map(str, valeurs)).encode())
        else:
            h.update(np.ascontiguousarray(valeurs).tobytes())
    return h.hexdigest()


@pytest.mark.parametrize(("menages", "graine", "periode"), list(EMPREINTES))
def test_la_population_tiree_est_identique_octet_pour_octet_a_celle_enregistree(menages, graine, periode):
    population = generer_population(menages, graine, periode)
    attendu = EMPREINTES[(menages, graine, periode)]
    assert empreinte(population.menages) == attendu["menages"]
    assert empreinte(population.individus) == attendu["individus"]


def test_l_empreinte_change_des_qu_une_cellule_change_d_un_centime_ou_que_le_type_d_une_colonne_change():
    population = generer_population(200, 11, "2026-11")
    menages = population.menages
    reference = empreinte(menages)
    assert empreinte(menages.copy()) == reference
    modifie = menages.copy()
    modifie.loc[modifie.index[-1], "loyer"] += 0.01
    assert empreinte(modifie) != reference
    retype = menages.copy()
    retype["anciennete_residence_paris"] = retype["anciennete_residence_paris"].astype(np.int32)
    assert empreinte(retype) != reference
    assert empreinte(generer_population(200, 12, "2026-11").menages) != reference
