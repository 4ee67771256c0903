"""Role checks on integer codes, for formulas.

Core keeps each member's role as an array of Python `Role` objects, so `has_role` and the
reductions that take a `role=` argument (`sum`, `min`, `any`, `nb_persons`) compare every member
with a Python equality: about 13 % of a 100 000-household batch went there. These helpers compare
integer codes instead (a role's rank in `Menage.flattened_roles`, the codes batch runs give
`join_with_persons`, see paris_droits.regles.entites.ROLES), with the same results as core's.

The codes are computed once per simulation from core's role array, or handed over by the batch
runner (`retenir_codes_roles`), which already holds them.
"""

from __future__ import annotations

import weakref

import numpy

_CODES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def retenir_codes_roles(groupe, codes: numpy.ndarray) -> None:
    """Record the members' role codes of a group population (after `join_with_persons`)."""
    _CODES[groupe] = (groupe.members_role, numpy.asarray(codes, dtype=numpy.int8))


def joindre_aux_personnes(groupe, groupe_des_individus: numpy.ndarray, codes: numpy.ndarray) -> None:
    """Core's `join_with_persons` for a validated batch chunk (group ids 0..n-1, each with a member, so
    each person's group index is her group id), then `retenir_codes_roles`. Core's role setter turns
    the members' `Role` objects into a Python list and back into an array, a sixth of a batch run;
    here the object array is taken from the roles by code at once. Same arrays as core's
    (tests/moteur/test_roles.py)."""
    codes = numpy.asarray(codes, dtype=numpy.int8)
    groupe.members_entity_id = numpy.asarray(groupe_des_individus)
    groupe._members_role = numpy.asarray(groupe.entity.flattened_roles, dtype=object)[codes]  # core's setter, without list()
    retenir_codes_roles(groupe, codes)


def codes_roles(groupe) -> numpy.ndarray:
    """Each member's role code (rank in the entity's flattened roles), computed once per population."""
    roles = groupe.members_role
    retenus = _CODES.get(groupe)
    if retenus is not None and retenus[0] is roles:
        return retenus[1]
    aplaties = groupe.entity.flattened_roles
    roles = numpy.broadcast_to(roles, groupe.members_entity_id.shape)
    codes = numpy.full(roles.shape, -1, dtype=numpy.int8)
    for rang, role in enumerate(aplaties):
        codes[roles == role] = rang
    _CODES[groupe] = (groupe.members_role, codes)
    return codes


def _rangs(role) -> list[int]:
    aplaties = list(role.entity.flattened_roles)
    return [aplaties.index(sous_role) for sous_role in (role.subroles or (role,))]


def a_le_role(individus, role) -> numpy.ndarray:
    """Like core's `individus.has_role(role)`, on integer codes."""
    groupe = individus.simulation.get_population(role.entity.plural)
    codes = codes_roles(groupe)
    rangs = _rangs(role)
    if len(rangs) == 1:
        return codes == rangs[0]
    return numpy.isin(codes, rangs)


def somme_du_role(groupe, valeurs, role):
    """Like core's `groupe.sum(valeurs, role=role)`."""
    return groupe.sum(numpy.where(a_le_role(groupe.members, role), valeurs, 0))


def _reduire(groupe, valeurs, reduction, neutre):
    # One unbuffered pass over the members (ufunc.at), where core's reduce makes one pass per position in
    # the group (nine for the largest households) and indexes the whole array each time; the same floats
    # come out, the neutral element for a group without members.
    resultat = groupe.filled_array(neutre)
    # Values in the result's own type: a float32 array into float64 would take ufunc.at's slow, casting path.
    reduction.at(resultat, groupe.members_entity_id, numpy.asarray(valeurs, dtype=resultat.dtype))
    return resultat


def minimum_du_groupe(groupe, valeurs):
    """Like core's `groupe.min(valeurs)`: the smallest value of the members, +inf for a group without any."""
    return _reduire(groupe, valeurs, numpy.minimum, numpy.inf)


def maximum_du_groupe(groupe, valeurs):
    """Like core's `groupe.max(valeurs)`: the largest value of the members, -inf for a group without any."""
    return _reduire(groupe, valeurs, numpy.maximum, -numpy.inf)


def minimum_du_role(groupe, valeurs, role):
    """Like core's `groupe.min(valeurs, role=role)` (infinite for a group without that role)."""
    return minimum_du_groupe(groupe, numpy.where(a_le_role(groupe.members, role), valeurs, numpy.inf))


def un_du_role(groupe, valeurs, role):
    """Like core's `groupe.any(valeurs, role=role)`."""
    return groupe.any(numpy.where(a_le_role(groupe.members, role), valeurs, False))


def nombre_du_role(groupe, role):
    """Like core's `groupe.nb_persons(role)`."""
    return groupe.sum(a_le_role(groupe.members, role))
