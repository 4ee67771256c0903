"""Role checks on integer codes and group minima and maxima (paris_droits.regles.roles) give core's own answers, and the batch's
one-key grouping of births (nombre_enfants_nes_le_meme_jour) gives the groups of the (household, day) pairs.

Random households of random sizes and roles, built with core's array builder; the codes are either
handed over as the batch does or computed from core's role objects, as for one household."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits import systeme
from paris_droits.regles import (
    Menage,
    a_le_role,
    maximum_du_groupe,
    minimum_du_groupe,
    minimum_du_role,
    nombre_du_role,
    somme_du_role,
    un_du_role,
)
from paris_droits.regles.roles import codes_roles, joindre_aux_personnes, retenir_codes_roles

MOIS = "2026-11"


@st.composite
def menages(draw):
    nombre = draw(st.integers(1, 12))
    menage_des_individus, roles = [], []
    for menage in range(nombre):
        membres = [0] + draw(st.lists(st.integers(1, 3), max_size=5))
        menage_des_individus += [menage] * len(membres)
        roles += membres
    ordre = draw(st.permutations(range(len(roles))))  # persons need not be grouped by household
    return nombre, np.asarray(menage_des_individus)[list(ordre)], np.asarray(roles, dtype=np.int8)[list(ordre)]


def _simulation(nombre, menage_des_individus, roles, retenir: bool):
    constructeur = SimulationBuilder()
    constructeur.create_entities(systeme())
    constructeur.declare_person_entity("individu", np.arange(len(roles)))
    groupe = constructeur.declare_entity("menage", np.arange(nombre))
    constructeur.join_with_persons(groupe, menage_des_individus, roles)
    if retenir:
        retenir_codes_roles(groupe, roles)
    return constructeur.build(systeme())


@settings(max_examples=40, deadline=None)
@given(menages(), st.booleans(), st.data())
def test_les_roles_en_codes_entiers_donnent_les_reponses_du_moteur(echantillon, retenir, donnees):
    nombre, menage_des_individus, roles = echantillon
    simulation = _simulation(nombre, menage_des_individus, roles, retenir)
    menage, individus = simulation.populations["menage"], simulation.persons
    assert (codes_roles(menage) == roles).all()
    valeurs = np.asarray(donnees.draw(st.lists(st.floats(-1e6, 1e6, width=32), min_size=len(roles), max_size=len(roles))), dtype=np.float32)
    vrais = valeurs > 0
    assert np.array_equal(minimum_du_groupe(menage, valeurs), menage.min(valeurs))
    assert np.array_equal(maximum_du_groupe(menage, valeurs), menage.max(valeurs))
    for role in (Menage.PERSONNE_DE_REFERENCE, Menage.CONJOINT, Menage.ENFANT, Menage.AUTRE):
        assert (a_le_role(individus, role) == individus.has_role(role)).all()
        assert np.array_equal(somme_du_role(menage, valeurs, role), menage.sum(valeurs, role=role))
        assert np.array_equal(minimum_du_role(menage, valeurs, role), menage.min(valeurs, role=role))
        assert np.array_equal(un_du_role(menage, vrais, role), menage.any(vrais, role=role))
        assert np.array_equal(nombre_du_role(menage, role), menage.nb_persons(role))


@settings(max_examples=40, deadline=None)
@given(menages())
def test_la_jointure_des_lots_donne_les_tableaux_du_moteur(echantillon):
    # paris_droits.lot joins persons to their households without core's list conversions: the same
    # household of each person and the same Role objects, whatever the order of the persons.
    nombre, menage_des_individus, roles = echantillon
    moteur = _simulation(nombre, menage_des_individus, roles, retenir=False).populations["menage"]
    constructeur = SimulationBuilder()
    constructeur.create_entities(systeme())
    constructeur.declare_person_entity("individu", range(len(roles)))
    groupe = constructeur.declare_entity("menage", range(nombre))
    joindre_aux_personnes(groupe, menage_des_individus, roles)
    assert np.array_equal(groupe.members_entity_id, moteur.members_entity_id)
    assert groupe.members_role.dtype == moteur.members_role.dtype
    assert all(a is b for a, b in zip(groupe.members_role, moteur.members_role, strict=True))
    assert (codes_roles(groupe) == roles).all()
    assert np.array_equal(groupe.ids, moteur.ids)


def _reference_meme_jour(menage_des_individus, jours, enfant):
    """The former way: the (household, day) pairs sorted as rows."""
    _, groupe = np.unique(np.stack([menage_des_individus, jours]), axis=1, return_inverse=True)
    groupe = groupe.ravel()
    return enfant * np.bincount(groupe, weights=enfant)[groupe]


@settings(max_examples=40, deadline=None)
@given(menages(), st.data())
def test_le_regroupement_des_naissances_par_cle_entiere_donne_les_memes_groupes(echantillon, donnees):
    nombre, menage_des_individus, roles = echantillon
    taille = len(roles)
    # Few distinct days, so that twins (and persons born the same day in other households) are frequent.
    jours = np.asarray(donnees.draw(st.lists(st.sampled_from([-25_567, -3_000, 0, 16_000, 20_000, 20_001]), min_size=taille, max_size=taille)))
    simulation = _simulation(nombre, menage_des_individus, roles, True)
    simulation.set_input("date_naissance", MOIS, jours.astype("datetime64[D]"))
    simulation.set_input("age", MOIS, np.full(taille, 5))
    enfant = simulation.calculate("enfant_a_charge", MOIS)
    obtenu = simulation.calculate("nombre_enfants_nes_le_meme_jour", MOIS)
    assert (obtenu == _reference_meme_jour(menage_des_individus, jours, enfant)).all()
