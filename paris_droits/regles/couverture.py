"""The months the rules cover: from the first month every parameter has a value to the last month
the date sweep checks (tests/moteur/test_sante_du_code.py). A month outside them is refused with a
French sentence instead of failing deep inside OpenFisca, or answering with rules nobody checked.
"""

from __future__ import annotations

import datetime

from paris_droits.commun.erreurs import ErreurPeriode
from paris_droits.commun.periodes import valider_mois

PREMIER_MOIS = datetime.date(2016, 2, 1)  # règlement municipal of 1 February 2016, the oldest version encoded
DERNIER_MOIS = datetime.date(2026, 12, 1)

def mois_couvert(texte, champ: str = "periode") -> str:
    """'AAAA-MM' within the covered months, or a French error naming the field."""
    mois = valider_mois(texte, champ)
    premier, dernier = PREMIER_MOIS.strftime("%Y-%m"), DERNIER_MOIS.strftime("%Y-%m")
    if mois < premier:
        raise ErreurPeriode(f"Le champ « {champ} » vaut « {mois} » : les règles sont encodées à partir de {premier}.", champ=champ)
    if mois > dernier:
        raise ErreurPeriode(f"Le champ « {champ} » vaut « {mois} » : les règles sont encodées jusqu'à {dernier}.", champ=champ)
    return mois


def fin_du_mois(mois: str) -> datetime.date:
    annee, numero = (int(x) for x in mois.split("-"))
    suivant = datetime.date(annee + numero // 12, numero % 12 + 1, 1)
    return suivant - datetime.timedelta(days=1)
