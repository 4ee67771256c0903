"""Input dispatch over the resource window.

Aids read resources from the previous month (the "previous-month window" of the
règlement's practice). A household described only for the month of the request
must never silently get zero resources for the month before it: when a monthly
input is given for month M and nothing was given for M-1, M's value also stands
for M-1. An explicit value for M-1, given before or after, always wins.

These functions are `set_input` hooks, so the rule holds for every way inputs
arrive: OpenFisca YAML tests, situation JSON, the Web API and batch `set_input`.
"""

from __future__ import annotations

from openfisca_core import periods
from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period

_REMPLIS = "_paris_droits_mois_remplis"


def _remplis(holder) -> set:
    if not hasattr(holder, _REMPLIS):
        setattr(holder, _REMPLIS, set())
    return getattr(holder, _REMPLIS)


def _oublier_remplissages(holder, periode) -> None:
    """Drop values this module filled in inside `periode`, so explicit input replaces them."""
    remplis = _remplis(holder)
    for mois in list(remplis):
        if periode.contains(mois):
            holder.delete_arrays(mois)
            remplis.discard(mois)


def _remplir_mois_precedent(holder, periode) -> None:
    premier_mois = periods.Period((periods.DateUnit.MONTH, periode.start, 1))
    precedent = premier_mois.offset(-1)
    if holder.get_array(precedent) is None:
        holder._set(precedent, holder.get_array(premier_mois))
        _remplis(holder).add(precedent)


def _fenetre(repartition):
    def set_input(holder, periode, tableau) -> None:
        periode = periods.period(periode)
        _oublier_remplissages(holder, periode)
        if periode.unit == periods.DateUnit.MONTH and periode.size == 1:
            holder._set(periode, tableau)
        else:
            repartition(holder, periode, tableau)
        _remplir_mois_precedent(holder, periode)

    set_input.__name__ = f"{repartition.__name__}_et_mois_precedent"
    return set_input


# Amounts: a yearly input is divided over its months; the month before is filled too.
set_input_fenetre_divise = _fenetre(set_input_divide_by_period)
# States and counts: a yearly input is repeated on each month; the month before is filled too.
set_input_fenetre_repete = _fenetre(set_input_dispatch_by_period)
