"""The SMIC-based ceilings are a rule, not frozen numbers: a reform that changes the net SMIC
(through modify_parameters only) moves Paris Logement's ceiling and PLFM's first ceiling with it.

Annexes to the règlement municipal (2018-2019), rows II 2.1 b/2, III 2.1 b/2, IV 2.2 a/2, V 3.1 b/2:
« montant du SMIC mensuel net sur la base de 35 heures hebdomadaires (arrondi à la dizaine supérieure) ».
"""

import numpy
import pytest
from openfisca_core.periods import period as periode
from openfisca_core.reforms import Reform
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits import systeme

MOIS = "2026-11"


def _reforme_smic(net_mensuel):
    class smic_modifie(Reform):
        name = f"SMIC net {net_mensuel}"

        def apply(self):
            def modifier(parametres):
                parametres.communs.smic.net_mensuel.update(period=periode("month:2026-01:12"), value=net_mensuel)
                return parametres

            self.modify_parameters(modifier_function=modifier)

    return smic_modifie(systeme())


def _simuler(tbs, salaires, enfants=False):
    """One single adult per household (with one child for PLFM), paying 800 € of rent, 5 years in Paris."""
    individus, menages = {}, {}
    for rang, salaire in enumerate(salaires):
        individus[f"p{rang}"] = {"date_naissance": {"ETERNITY": "1980-01-01"}, "salaire_net": {MOIS: salaire}}
        menage = {"personne_de_reference": [f"p{rang}"], "depcom": {MOIS: "75114"},
                  "anciennete_residence_paris": {MOIS: 5}, "loyer": {MOIS: 800}}
        if enfants:
            individus[f"e{rang}"] = {"date_naissance": {"ETERNITY": "2016-01-01"}}
            menage["enfants"] = [f"e{rang}"]
        menages[f"m{rang}"] = menage
    return SimulationBuilder().build_from_entities(tbs, {"individus": individus, "menages": menages})


def test_la_legislation_donne_1450_euros_en_novembre_2026():
    simulation = _simuler(systeme(), [1450, 1450.01])
    numpy.testing.assert_array_equal(simulation.calculate("plafond_ressources_smic", MOIS), [1450, 1450])
    numpy.testing.assert_array_equal(simulation.calculate("paris_logement", MOIS), [84, 0])


@pytest.mark.parametrize(
    ("smic_net", "plafond"),
    [(1500.00, 1500), (1500.01, 1510), (1509.99, 1510), (1491.23, 1500)],
)
def test_le_plafond_suit_le_smic_net_d_une_reforme_arrondi_a_la_dizaine_superieure(smic_net, plafond):
    reforme = _reforme_smic(smic_net)
    assert reforme.parameters(f"{MOIS}-01").communs.smic.net_mensuel == smic_net
    simulation = _simuler(reforme, [plafond, plafond + 0.01])
    numpy.testing.assert_array_equal(simulation.calculate("plafond_ressources_smic", MOIS), [plafond, plafond])
    numpy.testing.assert_array_equal(simulation.calculate("paris_logement_plafond_ressources", MOIS), [plafond, plafond])
    numpy.testing.assert_array_equal(simulation.calculate("paris_logement", MOIS), [84, 0])
    # The baseline is untouched.
    assert systeme().parameters(f"{MOIS}-01").communs.smic.net_mensuel == 1443.11


def test_le_premier_plafond_de_plfm_suit_le_smic_net_d_une_reforme():
    reforme = _reforme_smic(1500.01)
    simulation = _simuler(reforme, [1510, 1510.01], enfants=True)
    numpy.testing.assert_array_equal(simulation.calculate("paris_logement_familles_monoparentales_montant", MOIS), [150, 128])
    base = _simuler(systeme(), [1510, 1510.01], enfants=True)
    numpy.testing.assert_array_equal(base.calculate("paris_logement_familles_monoparentales_montant", MOIS), [128, 128])
