"""Reforms: loading, validation of parametric reforms, composition, baseline untouched."""

import numpy
import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits import reformes, systeme
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.regles import chemins


def _tarifs(tbs, date="2026-10-01"):
    return tbs.parameters(date).restauration_scolaire.tarifs.amounts


def test_chaque_reforme_codee_a_une_classe_du_nom_du_fichier_et_une_docstring_regle_actuelle_reforme_source():
    for nom in reformes.reformes_codees():
        classe = reformes.classe_reforme(nom)
        module = __import__(f"paris_droits.reforms.{nom}", fromlist=[nom])
        assert classe.__name__ == nom
        texte = (module.__doc__ or "").lower()
        assert "current rule" in texte and "reformed rule" in texte and "source" in texte, nom


def test_la_reforme_ne_touche_pas_la_legislation_de_reference():
    avant = list(_tarifs(systeme()))
    reforme = reformes.appliquer(["cantine_gratuite_tranches_1_2"])
    assert _tarifs(reforme)[:2] == [0, 0]
    assert list(_tarifs(systeme())) == avant == [0.13, 0.85, 1.62, 2.28, 3.62, 4.61, 4.89, 5.10, 6.00, 7.00]


def test_la_reforme_parametrique_et_la_reforme_codee_donnent_les_memes_resultats():
    codee = reformes.appliquer(["cantine_gratuite_tranches_1_2"])
    parametrique = reformes.appliquer([str(chemins.REFORMES / "cantine_gratuite_tranches_1_2.yaml")])
    qf = numpy.array([0, 234, 234.01, 384, 384.01, 548, 959.01, 1900, 2500.01, 3333.01, 5000, 5000.01, 12000])
    resultats = []
    for tbs in (codee, parametrique):
        simulation = SimulationBuilder().build_default_simulation(tbs, count=len(qf))
        simulation.set_input("quotient_familial_caf", "2027-01", qf)
        resultats.append(simulation.calculate("restauration_scolaire_tarif_repas", "2027-01"))
    numpy.testing.assert_array_equal(resultats[0], resultats[1])
    for date in ("2026-08-01", "2026-09-01", "2031-01-01"):
        assert _tarifs(codee, date) == _tarifs(parametrique, date)


def test_les_reformes_se_composent_dans_l_ordre(tmp_path):
    hausse = tmp_path / "hausse.yaml"
    hausse.write_text("restauration_scolaire.tarifs: {2026-09-01: [1, 1, 2, 3, 4, 5, 6, 7, 8, 9]}\n", encoding="utf-8")
    apres_gratuite = reformes.appliquer(["cantine_gratuite_tranches_1_2", str(hausse)])
    assert _tarifs(apres_gratuite)[:2] == [1, 1]
    apres_hausse = reformes.appliquer([str(hausse), "cantine_gratuite_tranches_1_2"])
    assert _tarifs(apres_hausse)[:3] == [0, 0, 2]


@pytest.mark.parametrize(
    ("contenu", "message"),
    [
        ("restauration_scolaire.tarif: {2026-09-01: [0]}",
         "Dans « r.yaml », le paramètre « restauration_scolaire.tarif » n'existe pas. Chemins proches : restauration_scolaire.tarifs"),
        ("familles.paris_forfait_familles.montant: {2026-01-01: beaucoup}",
         "Dans « r.yaml », « familles.paris_forfait_familles.montant » attend un nombre (valeur en vigueur : 200), pas « beaucoup »."),
        ("familles.paris_forfait_familles.montant: {1990-01-01: 250}",
         "Dans « r.yaml », la date 1990-01-01 de « familles.paris_forfait_familles.montant » précède l'existence du paramètre "
         "(première valeur au 2005-10-01)."),
        ("restauration_scolaire.tarifs: {2026-09-01: [0, 0]}",
         "Dans « r.yaml », « restauration_scolaire.tarifs » a 10 tranches au 2026-09-01 ; 2 montants ont été donnés."),
        ("familles.paris_forfait_familles.montant: {2026-13-01: 250}",
         "Dans « r.yaml », la date « 2026-13-01 » de « familles.paris_forfait_familles.montant » doit être au format AAAA-MM-JJ."),
        ("familles.paris_forfait_familles.montant: 250",
         "Dans « r.yaml », « familles.paris_forfait_familles.montant » doit associer une date à une valeur, par exemple {2026-09-01: …}."),
    ],
)
def test_une_reforme_parametrique_invalide_est_refusee_avant_tout_calcul(tmp_path, contenu, message):
    fichier = tmp_path / "r.yaml"
    fichier.write_text(contenu + "\n", encoding="utf-8")
    with pytest.raises(ErreurEntree) as erreur:
        reformes.lire_reforme_parametrique(fichier)
    assert erreur.value.message.startswith(message)


def test_une_reforme_inconnue_propose_le_nom_le_plus_proche():
    with pytest.raises(ErreurEntree, match="Vouliez-vous dire « cantine_gratuite_tranches_1_2 » ?"):
        reformes.classe_reforme("cantine_gratuite")
