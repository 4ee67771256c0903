"""Paris Solidarité and Complément Santé Paris ceilings: a value published by the City takes
precedence; the years without one follow the règlement's rule (RM2019 II 1.1 b/5, II 1.2 b/4,
III 1.1 b/5, III 1.2 b/4: revalued every 1 January by the index applied to the ASPA, or the AAH,
the previous year, rounded up to the euro). Reforms change parameters through modify_parameters only.
"""

import numpy
from openfisca_core.periods import period as periode
from openfisca_core.reforms import Reform
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits import systeme


def _reforme(modifier):
    class reforme(Reform):
        name = "revalorisation"

        def apply(self):
            def modifier_parametres(parametres):
                modifier(parametres)
                return parametres

            self.modify_parameters(modifier_function=modifier_parametres)

    return reforme(systeme())


def _plafonds(tbs, variable, mois):
    situation = {
        "individus": {"seul": {"date_naissance": {"ETERNITY": "1950-01-01"}},
                      "un": {"date_naissance": {"ETERNITY": "1950-01-01"}},
                      "deux": {"date_naissance": {"ETERNITY": "1950-01-01"}}},
        "menages": {"m_seul": {"personne_de_reference": ["seul"]},
                    "m_couple": {"personne_de_reference": ["un"], "conjoint": ["deux"]}},
    }
    return SimulationBuilder().build_from_entities(tbs, situation).calculate(variable, mois).tolist()


def test_la_regle_donne_1189_puis_1216_euros_pour_une_personne_agee_seule():
    assert _plafonds(systeme(), "paris_solidarite_plafond_personnes_agees", "2024-12") == [1129, 1786]
    assert _plafonds(systeme(), "paris_solidarite_plafond_personnes_agees", "2025-01") == [1189, 1881]
    assert _plafonds(systeme(), "paris_solidarite_plafond_personnes_agees", "2026-11") == [1216, 1923]


def test_une_valeur_publiee_par_la_ville_prevaut_sur_la_regle():
    def publier_2026(parametres):
        agees = parametres.seniors_handicap.paris_solidarite.personnes_agees
        agees.plafond_personne_seule.update(period=periode("month:2026-01:120"), value=1200)
        agees.plafond_couple.update(period=periode("month:2026-01:120"), value=1900)
        agees.premiere_annee_calculee.update(period=periode("month:2016-02:240"), value=2027)

    reforme = _reforme(publier_2026)
    # 2025 has no published value but the rule is now said to start in 2027: the last published value applies.
    assert _plafonds(reforme, "paris_solidarite_plafond_personnes_agees", "2025-06") == [1129, 1786]
    assert _plafonds(reforme, "paris_solidarite_plafond_personnes_agees", "2026-11") == [1200, 1900]
    # From 2027, the 2026 published value is revalued by the ASPA index of 2026 (1 043,59 / 1 034,28):
    # 1 200 × 1,0090 = 1 210,80 → 1 211 ; 1 900 → 1 917,10 → 1 918.
    assert _plafonds(reforme, "paris_solidarite_plafond_personnes_agees", "2027-01") == [1211, 1918]
    assert _plafonds(reforme, "complement_sante_paris_plafond_personnes_agees", "2026-11") == [1200, 1900]


def test_le_plafond_calcule_suit_l_indice_de_l_aah_d_une_reforme():
    def aah_2024_plus_10_pour_cent(parametres):
        parametres.communs.aah.montant.update(period=periode("month:2024-04:12"), value=1068.51)

    reforme = _reforme(aah_2024_plus_10_pour_cent)
    # 1 144 × 1 068,51 / 971,37 = 1 258,40 → 1 259 ; couple 1 786 × 1,1000 = 1 964,60 → 1 965.
    assert _plafonds(reforme, "paris_solidarite_plafond_personnes_handicapees", "2025-01") == [1259, 1965]
    assert _plafonds(systeme(), "paris_solidarite_plafond_personnes_handicapees", "2025-01") == [1197, 1869]


def test_un_montant_deja_entier_n_est_pas_arrondi_a_l_euro_suivant():
    def aspa_inchangee_en_2024(parametres):
        aspa = parametres.communs.aspa
        aspa.montant_personne_seule.update(period=periode("month:2024-01:12"), value=961.08)

    reforme = _reforme(aspa_inchangee_en_2024)
    # Index of 2024 = 961.08 / 961.08 = 1: 1 129 stays 1 129 (not 1 130), 1 786 stays 1 786.
    assert _plafonds(reforme, "paris_solidarite_plafond_personnes_agees", "2025-01") == [1129, 1786]
    numpy.testing.assert_array_equal(_plafonds(systeme(), "paris_solidarite_plafond_personnes_agees", "2024-12"), [1129, 1786])
