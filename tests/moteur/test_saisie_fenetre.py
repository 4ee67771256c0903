"""The previous-month window: a household described for this month is not silently poor last month."""

import numpy
from openfisca_core.simulation_builder import SimulationBuilder


def _simulation(tbs, salaire):
    return SimulationBuilder().build_from_entities(
        tbs,
        {"individus": {"a": {"salaire_net": salaire}}, "menages": {"m": {"personne_de_reference": ["a"]}}},
    )


def test_un_revenu_donne_pour_le_mois_vaut_aussi_pour_le_mois_precedent(tbs):
    simulation = _simulation(tbs, {"2026-11": 1500})
    assert simulation.calculate("salaire_net", "2026-10") == numpy.float32(1500)
    assert simulation.calculate("salaire_net", "2026-09") == 0  # only the window, nothing older


def test_un_revenu_explicite_du_mois_precedent_l_emporte_quel_que_soit_l_ordre(tbs):
    for saisie in ({"2026-10": 900, "2026-11": 1500}, {"2026-11": 1500, "2026-10": 900}):
        simulation = _simulation(tbs, saisie)
        assert simulation.calculate("salaire_net", "2026-10") == numpy.float32(900)
        assert simulation.calculate("salaire_net", "2026-11") == numpy.float32(1500)


def test_un_revenu_annuel_est_reparti_sur_les_mois_et_couvre_le_mois_precedent(tbs):
    simulation = _simulation(tbs, {"2026": 12000})
    assert simulation.calculate("salaire_net", "2026-01") == numpy.float32(1000)
    assert simulation.calculate("salaire_net", "2025-12") == numpy.float32(1000)


def test_une_saisie_annuelle_apres_un_remplissage_remplace_la_valeur_remplie(tbs):
    simulation = _simulation(tbs, {"2026-01": 500, "2025": 24000})
    assert simulation.calculate("salaire_net", "2025-12") == numpy.float32(2000)
    assert simulation.calculate("salaire_net", "2026-01") == numpy.float32(500)


def test_la_fenetre_vaut_aussi_pour_les_saisies_vectorielles_du_traitement_par_lot(tbs):
    simulation = SimulationBuilder().build_default_simulation(tbs, count=3)
    simulation.set_input("salaire_net", "2026-11", numpy.array([100.0, 200.0, 300.0]))
    assert simulation.calculate("salaire_net", "2026-10").tolist() == [100.0, 200.0, 300.0]
