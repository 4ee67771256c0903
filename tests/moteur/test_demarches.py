"""Where to apply and what is already received: the registry's links and offices, the fiche's
`aides_percues` and the totals that split what the household receives from what it could claim."""

from __future__ import annotations

import copy

import pytest
import yaml

from paris_droits.catalogue import registre
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.menage.evaluation import ELIGIBLE, evaluer
from paris_droits.menage.situation import charger_fichier
from paris_droits.regles import chemins

FICHE = charger_fichier(chemins.RACINE / "docs" / "exemples" / "fiche_menage_complete.yaml")


def test_chaque_aide_calculee_dit_ou_la_demander_et_cite_la_source_de_ses_liens():
    for aide in registre.aides():
        brut = yaml.safe_load((registre.DOSSIER / f"{aide.slug}.yaml").read_text(encoding="utf-8"))
        assert aide.guichet, aide.slug
        assert brut.get("source_liens"), aide.slug
        for lien in (aide.page, aide.formulaire, aide.guichet_page):
            assert lien is None or lien.startswith("https://"), aide.slug


def test_les_aides_de_paris_decrites_par_aides_jeunes_ont_leur_page_et_leur_formulaire():
    avec_formulaire = {"paris_logement", "paris_logement_familles", "paris_logement_familles_monoparentales", "paris_solidarite",
                       "complement_sante_paris", "paris_energie_familles", "paris_forfait_familles", "pass_paris_seniors",
                       "pass_paris_access", "allocation_soutien_parents_enfant_handicape", "aide_installation_logement_etudiant"}
    for slug in avec_formulaire:
        aide = registre.aide(slug)
        assert aide.page and aide.formulaire, slug
    assert registre.aide("paris_jeunes_vacances").page.startswith("https://www.paris.fr/")


def test_le_guichet_nomme_l_arrondissement_du_menage():
    guichet = registre.aide("paris_logement").guichet
    assert registre.guichet_pour(guichet, 1).endswith("du 1er arrondissement")
    assert registre.guichet_pour(guichet, 20).endswith("du 20e arrondissement")
    assert registre.guichet_pour(guichet, None).endswith("de l'arrondissement du domicile")
    resultat = evaluer(FICHE)
    assert resultat.arrondissement == 20
    assert resultat.aide("restauration_scolaire").guichet.startswith("Caisse des écoles du 20e arrondissement")
    sans_arrondissement = {k: v for k, v in FICHE.items() if k != "arrondissement"}
    assert evaluer(sans_arrondissement).arrondissement is None


def test_les_aides_deja_percues_sont_marquees_et_comptees_a_part():
    fiche = copy.deepcopy(FICHE)
    fiche["aides_percues"] = ["paris_logement_familles_monoparentales"]
    resultat = evaluer(fiche)
    plfm = resultat.aide("paris_logement_familles_monoparentales")
    assert plfm.deja_percue and plfm.statut == ELIGIBLE and plfm.montant == 150.0
    assert not resultat.aide("restauration_scolaire").deja_percue
    totaux = resultat.totaux
    assert totaux["deja_percu_mensuel"] == 150.0 and totaux["deja_percu_annuel"] == 1800.0
    assert totaux["a_demander_mensuel"] == round(totaux["mensuel"] - 150.0, 2)
    assert totaux["a_demander_annuel"] == round(totaux["annuel"] - 1800.0, 2)
    assert evaluer(FICHE).totaux["deja_percu_annuel"] == 0.0


@pytest.mark.parametrize(
    ("valeur", "message"),
    [
        (["paris_logment"], "Le champ « aides_percues » cite « paris_logment », qui n'est pas une aide calculée. Vouliez-vous dire « paris_logement » ?"),
        ("paris_logement", "Le champ « aides_percues » doit lister des aides par leur nom court, par exemple [paris_logement]."),
    ],
)
def test_une_aide_percue_inconnue_est_refusee_en_francais(valeur, message):
    with pytest.raises(ErreurEntree) as erreur:
        evaluer({**FICHE, "aides_percues": valeur})
    assert erreur.value.message == message
