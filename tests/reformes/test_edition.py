"""A reform edited by hand (the reform page's engine): the aid's parameters with their value in force, and
the YAML an edit makes, which the command line reads and computes the same."""

from __future__ import annotations

import pytest

from paris_droits import reformes
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.reformes.edition import parametres_reformables, yaml_de_reforme

PLAFOND = "familles.paris_logement_familles_monoparentales.plafond_ressources"


def test_les_parametres_d_une_aide_ont_leur_valeur_en_vigueur_leur_unite_leur_source_et_leur_date():
    parametres = {p.chemin: p for p in parametres_reformables("paris_logement_familles_monoparentales", "2026-11")}
    plafond = parametres[PLAFOND]
    assert (plafond.valeur, plafond.unite, plafond.depuis) == (1600.0, "€", "2012-01-01")
    assert "IV 2.2" in plafond.reference and plafond.href.startswith("https://")
    tarifs = {p.chemin: p for p in parametres_reformables("restauration_scolaire", "2026-11")}["restauration_scolaire.tarifs"]
    assert tarifs.bareme and tarifs.valeur[0] == pytest.approx(0.13) and len(tarifs.valeur) == 10


def test_le_yaml_d_une_edition_est_une_reforme_que_la_ligne_de_commande_lit(tmp_path):
    fichier = tmp_path / "edition.yaml"
    fichier.write_text(yaml_de_reforme("Plafond PLFM à 1 500 €", {PLAFOND: ("2026-09-01", 1500.0)}), encoding="utf-8")
    assert reformes.lire_reforme_parametrique(fichier) == {PLAFOND: [("2026-09-01", 1500.0)]}
    assert reformes.classe_reforme(str(fichier)).name == "Plafond PLFM à 1 500 €"


def test_une_edition_vide_ou_mal_datee_est_refusee_en_francais():
    with pytest.raises(ErreurEntree, match="ne change aucun paramètre"):
        yaml_de_reforme("Rien", {})
    with pytest.raises(ErreurEntree, match="doit être au format AAAA-MM-JJ, pas « 2026-13-01 »"):
        yaml_de_reforme("Mal datée", {PLAFOND: ("2026-13-01", 1500.0)})


def test_chaque_aide_donne_ses_parametres_et_une_grille_qui_a_pris_fin_n_est_pas_proposee():
    """The reform page lists every aid's parameters: none may fail, and a grid that ended (the Navigo
    participation, free since June 2018, RM2019 III 3.1) is not offered as a value in force."""
    from paris_droits.catalogue import registre

    tous = {p.chemin: p for aide in registre.aides() for p in parametres_reformables(aide.slug, "2026-11")}
    assert "seniors_handicap.pass_paris_access.participation_annuelle_par_impot" not in tous
    ancien = {p.chemin for p in parametres_reformables("pass_paris_access", "2017-06")}
    assert "seniors_handicap.pass_paris_access.participation_annuelle_par_impot" in ancien
    assert all(p.existe_depuis and p.existe_depuis <= p.depuis for p in tous.values())
    assert tous[PLAFOND].existe_depuis == "2012-01-01"


def test_un_meme_fichier_temporaire_reecrit_ne_redonne_pas_l_ancienne_reforme(tmp_path, monkeypatch):
    """The reform page writes each edit to a temporary file: the systems built per process are found by
    the file's content, never by its path (which a later request may reuse), and only a few are kept."""
    from paris_droits.lot import calcul

    monkeypatch.setattr(calcul, "SYSTEMES_MAX", 2)
    fichier = tmp_path / "reforme.yaml"
    plafonds = []
    for valeur in (1500.0, 1400.0, 1300.0, 1500.0):
        fichier.write_text(yaml_de_reforme("Édition", {PLAFOND: ("2026-09-01", valeur)}), encoding="utf-8")
        tbs = calcul.systeme_pour((str(fichier),))
        plafonds.append(tbs.parameters("2026-11-01").familles.paris_logement_familles_monoparentales.plafond_ressources)
        assert len(calcul._SYSTEMES) <= 2
    assert plafonds == [1500.0, 1400.0, 1300.0, 1500.0]
