"""Bounds on what a user may give, checked once by the shared loaders (situation, fiche, sample,
interactive questions) before a simulation is built: a value outside them is a typing or unit
error, never a household to compute (`1e308` € would overflow float32 to infinity and give 0 €).

These are input-validation limits, not law; docs/bornes.md lists them.
"""

from __future__ import annotations

import datetime
import math

MONTANT_MENSUEL_MAX = 1_000_000.0  # € per month, any monetary input read for a month
MONTANT_ANNUEL_MAX = 12 * MONTANT_MENSUEL_MAX  # € per year: amounts a tax notice or a yearly contract gives
AGE_MAX = 120  # years
DATE_MIN = datetime.date(1900, 1, 1)
# The longest attribution period of the règlement (téléalarme, pédicurie, port de repas: 48 months,
# RM2019 II 4.1-4.4): a right's end (date_fin_<aide> of a sample) lies at most this long after the
# last month the rules cover.
DUREE_ATTRIBUTION_MAX_MOIS = 48
COMPTE_MAX = 1_000  # a count without a bound of its own
# Monetary inputs that are yearly amounts although the variable is monthly (tax notice, yearly contracts).
MONTANTS_ANNUELS = frozenset({"revenu_fiscal_reference", "impot_revenu", "participation_css_annuelle"})
MONTANTS_PLURIANNUELS = {"fonds_aide_jeunes_parisiens_percu_3_ans": 3 * MONTANT_ANNUEL_MAX}
# Counts and ratios with a natural bound: variable → (minimum, maximum).
BORNES_PROPRES = {
    "anciennete_residence_paris": (0, AGE_MAX),  # years
    "repas_cantine_par_mois": (0, 31),
    "allocation_accompagnement_mois_percus": (0, 12 * AGE_MAX),
    "allocation_accompagnement_mois_depuis_fin_attribution": (0, 12 * AGE_MAX),
    "duree_bail": (0, 12 * 99),  # months: a lease of at most 99 years (bail emphytéotique)
    "nombre_enfants_adoptes_jugement": (0, 30),
    "nombre_parts_fiscales": (0, 50),
    "part_jours_au_domicile": (0, 1),
}
UNITE_MONNAIE = "currency-EUR"


def bornes(variable) -> tuple[float, float] | None:
    """(minimum, maximum) accepted for a numeric input variable, or None for other types."""
    if variable.value_type not in (int, float):
        return None
    if variable.name in BORNES_PROPRES:
        return BORNES_PROPRES[variable.name]
    if getattr(variable, "unit", None) == UNITE_MONNAIE:
        if variable.name in MONTANTS_PLURIANNUELS:
            return 0.0, MONTANTS_PLURIANNUELS[variable.name]
        return 0.0, MONTANT_ANNUEL_MAX if variable.name in MONTANTS_ANNUELS else MONTANT_MENSUEL_MAX
    return 0, COMPTE_MAX


def nombre(valeur: float) -> str:
    """A bound or a value as French text: 1000000 → '1 000 000', 0.5 → '0,5'."""
    if float(valeur).is_integer():
        return f"{int(valeur):,}".replace(",", "\u202f")
    return f"{valeur:,}".replace(",", "\u202f").replace(".", ",")


def hors_bornes(variable, valeur: float) -> str | None:
    """The French clause explaining why `valeur` is refused for `variable`, or None if it is accepted."""
    if not math.isfinite(valeur):
        return "doit être un nombre fini"
    limites = bornes(variable)
    if limites is None:
        return None
    minimum, maximum = limites
    if valeur < minimum:
        return "ne peut pas être négatif" if minimum == 0 else f"doit valoir au moins {nombre(minimum)}"
    if valeur > maximum:
        unite = " €" if getattr(variable, "unit", None) == UNITE_MONNAIE else ""
        return f"dépasse la valeur maximale admise ({nombre(maximum)}{unite})"
    return None


def date_hors_bornes(date: datetime.date, fin: datetime.date | None) -> str | None:
    """Why a date (of birth, of a judgement) is refused: before 1900 or after the month computed."""
    if date < DATE_MIN:
        return f"est antérieure au {DATE_MIN.strftime('%d/%m/%Y')}"
    if fin is not None and date > fin:
        return f"est postérieure à la fin du mois calculé ({fin.strftime('%d/%m/%Y')})"
    return None
