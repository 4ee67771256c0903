"""Reforms: loading, validation of parametric reforms, composition, baseline untouched."""

import numpy
import pandas
import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits import reformes, systeme
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot import calcul as lot
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


# Savings scenario reforms/plafond_plfm_abaisse.yaml: the PLFM second ceiling (1 600 €, RM2019 IV 2.2,
# annex of 1 November 2019) lowered to the first one (1 450 € in 2026) from the rentrée 2026.


def _plfm(tbs, salaires, periode="2026-11"):
    menages, individus = [], []
    for rang, salaire in enumerate(salaires):
        individus += [{"id_individu": f"P{rang}", "id_menage": f"M{rang}", "role": "personne_de_reference",
                       "date_naissance": "1988-01-01", "salaire_net": salaire},
                      {"id_individu": f"E{rang}", "id_menage": f"M{rang}", "role": "enfants", "date_naissance": "2016-01-01"}]
        menages.append({"id_menage": f"M{rang}", "depcom": "75120", "anciennete_residence_paris": 5, "loyer": 700})
    resultats = lot.simuler(pandas.DataFrame(menages), pandas.DataFrame(individus), periode,
                            variables=["paris_logement_familles_monoparentales"], reformes=tbs)
    return resultats["paris_logement_familles_monoparentales"].tolist()


def test_le_plafond_plfm_abaisse_supprime_la_tranche_a_128_euros_des_la_rentree_2026():
    reforme = (str(chemins.REFORMES / "plafond_plfm_abaisse.yaml"),)
    salaires = [1450, 1450.01, 1600, 1600.01]
    # In force: 150 € up to the SMIC-based ceiling (1 450 € in 2026) included, 128 € up to 1 600 € included, nothing above.
    assert _plfm((), salaires) == [150, 128, 128, 0]
    # Reform: 150 € up to 1 450 € included, nothing one cent above.
    assert _plfm(reforme, salaires) == [150, 0, 0, 0]
    # Before the rentrée 2026, the reform changes nothing.
    assert _plfm(reforme, salaires, "2026-08") == [150, 128, 128, 0]


def test_une_reforme_parametrique_porte_son_libelle_francais(tmp_path):
    assert reformes.classe_reforme("plafond_plfm_abaisse.yaml").name.startswith("Plafond de Paris Logement Familles Monoparentales")
    sans_libelle = tmp_path / "sans.yaml"
    sans_libelle.write_text("familles.paris_forfait_familles.montant: {2026-01-01: 250}\n", encoding="utf-8")
    assert reformes.classe_reforme(str(sans_libelle)).name == "Réforme paramétrique sans.yaml"
    mauvais = tmp_path / "mauvais.yaml"
    mauvais.write_text("libelle: [1, 2]\nfamilles.paris_forfait_familles.montant: {2026-01-01: 250}\n", encoding="utf-8")
    with pytest.raises(ErreurEntree, match="« libelle » doit être un texte"):
        reformes.lire_reforme_parametrique(mauvais)
