"""The vectorised helpers of paris_droits.regles.formules that the batch leans on, against their plain definition."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.indexed_enums import Enum, EnumArray

from paris_droits.regles.formules import arrondi_centime, choisir, codes_vers_rang

REFERENCES = ["75101", "75102", "75103", "75102", "75120"]  # a duplicate: its first rank counts


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*REFERENCES, "75056", "", "7510", "751011", "93001"]), max_size=30))
def test_le_rang_d_un_code_est_sa_premiere_place_dans_les_references_ou_0(codes):
    attendu = [REFERENCES.index(code) + 1 if code in REFERENCES else 0 for code in codes]
    assert codes_vers_rang(numpy.array(codes, dtype=object), REFERENCES).tolist() == attendu


class Couleur(Enum):
    rouge = "Rouge"
    vert = "Vert"
    aucune = "Aucune"


def test_choisir_donne_les_membres_de_la_premiere_condition_vraie_en_codes_entiers():
    rouge = numpy.array([True, False, True, False])
    vert = numpy.array([True, True, False, False])
    choix = choisir([rouge, vert], [Couleur.rouge, Couleur.vert], Couleur.aucune)
    assert isinstance(choix, EnumArray) and choix.dtype == numpy.int16
    assert choix.decode().tolist() == [Couleur.rouge, Couleur.vert, Couleur.rouge, Couleur.aucune]
    attendu = numpy.select([rouge, vert], [Couleur.rouge, Couleur.vert], default=Couleur.aucune)
    assert choix.decode().tolist() == attendu.tolist()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6, width=32), max_size=40))
def test_l_arrondi_au_centime_est_celui_d_un_bulletin_de_paie_sans_zero_negatif(montants):
    # Half away from zero on the value a float32 amount holds once widened, as decimal arithmetic does it.
    valeurs = numpy.asarray(montants, dtype=numpy.float32)
    arrondis = arrondi_centime(valeurs)
    for valeur, arrondi in zip(valeurs.astype(numpy.float64), arrondis, strict=True):
        attendu = float(Decimal(valeur * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 100)
        assert arrondi == attendu
        assert arrondi != 0 or not numpy.signbit(arrondi)


def test_l_arrondi_au_centime_d_un_nombre_seul_est_un_nombre():
    assert arrondi_centime(2.675) == 2.68 and arrondi_centime(-0.004) == 0 and not numpy.signbit(arrondi_centime(-0.004))
    assert numpy.isnan(arrondi_centime(float("nan")))
