"""The registry lists every aid of the règlement (RM2019 titles II to V), computed or "non encodée";
entries without rules are kept apart from the computed aids and named by evaluer with their office;
in-kind aids (no sourced worth) are eligible with amount 0 everywhere, totals included."""

import json
import re
from pathlib import Path

import jsonschema
import pytest

import paris_droits
from paris_droits.catalogue import registre as catalogue
from paris_droits.catalogue.registre import AideNonEncodee, ErreurRegistre
from paris_droits.menage.situation import charger_fichier
from paris_droits.rapports.droits import markdown, page_html, texte
from paris_droits.regles import chemins

SCHEMA = json.loads((chemins.PAQUET / "menage" / "evaluer.schema.json").read_text(encoding="utf-8"))

# Every aid article of the règlement municipal of 1 September 2019, read in its table of contents
# (titles II to V, chapters and sections), with the registry entry that answers it.
ARTICLES_RM2019 = {
    "II 1.1": "paris_solidarite", "II 1.2": "complement_sante_paris", "II 2.1": "paris_logement",
    "II 2.2": "aide_amelioration_habitat", "II 2.3": "hebergement_etablissements_casvp", "II 3.1": "pass_paris_seniors",
    "II 3.2": "avantages_carte_onac", "II 3.3": "loisirs_casvp", "II 3.4": "restaurants_emeraude",
    "II 4.1": "telealarme", "II 4.2": "pedicurie_domicile", "II 4.3": "port_repas_domicile",
    "II 4.4": "coiffure_domicile", "II 4.5": "aide_a_domicile_casvp",
    "III 1.1": "paris_solidarite", "III 1.2": "complement_sante_paris", "III 2.1": "paris_logement",
    "III 2.2": "aide_amelioration_habitat", "III 3.1": "pass_paris_access", "III 3.2": "loisirs_casvp",
    "III 3.3": "restaurants_emeraude", "III 4.1": "telealarme", "III 4.2": "pedicurie_domicile",
    "III 4.3": "port_repas_domicile", "III 4.4": "coiffure_domicile", "III 4.5": "aide_a_domicile_casvp",
    "IV 1.1": "paris_pass_familles", "IV 1.2": "paris_forfait_familles",
    "IV 1.3": "allocation_soutien_parents_enfant_handicape", "IV 1.4": "allocation_naissance_multiple",
    "IV 1.5": "allocation_accompagnement", "IV 2.1": "paris_logement_familles",
    "IV 2.2": "paris_logement_familles_monoparentales", "IV 2.3": "paris_logement", "IV 2.4": "paris_energie_familles",
    "IV 2.5": "allocation_maintien_domicile_parent_age", "IV 2.6": "aide_amelioration_habitat",
    "V 1.1": "aide_sans_domicile_fixe", "V 1.2": "distribution_repas", "V 2.1": "allocation_exceptionnelle",
    "V 3.1": "paris_logement", "V 3.2": "aide_amelioration_habitat",
}
REGISTRE = {a.slug: a for a in (*catalogue.aides(), *catalogue.non_encodees())}


@pytest.mark.parametrize(("article", "slug"), sorted(ARTICLES_RM2019.items()))
def test_chaque_aide_du_reglement_est_au_registre_encodee_ou_non_et_cite_son_article(article, slug):
    assert slug in REGISTRE, f"{article} : « {slug} » absent du registre"
    titre, chapitre = article.split()
    reglement = REGISTRE[slug].reglement
    assert chapitre in reglement and re.search(rf"(?<![IVX]){titre}(?![IVX])", reglement), (article, reglement)


def test_les_aides_non_encodees_sont_a_part_et_jamais_calculees():
    assert len(catalogue.non_encodees()) >= 4
    calculees = set(catalogue.slugs())
    for aide in catalogue.non_encodees():
        assert isinstance(aide, AideNonEncodee)
        assert aide.slug not in calculees
        assert aide.raison and aide.guichet and aide.public
    assert len(REGISTRE) == len(catalogue.aides()) + len(catalogue.non_encodees())


@pytest.mark.parametrize("aide", catalogue.non_encodees(), ids=lambda a: a.slug)
def test_le_public_d_une_aide_non_encodee_se_lit_dans_des_variables_du_menage(tbs, aide):
    for nom in aide.concerne:
        assert nom in tbs.variables, nom
        assert not tbs.variables[nom].entity.is_person, nom


def test_une_aide_non_encodee_qui_porte_des_conditions_est_refusee(tmp_path):
    fichier = tmp_path / "aide_douteuse.yaml"
    fichier.write_text(
        "slug: aide_douteuse\nlibelle: Aide douteuse\nfamille: difficulte\nencodee: false\npublic: Tous\n"
        "reglement: RM2019\nraison: Inconnue\nguichet: CASVP\nconditions: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ErreurRegistre, match="n'a pas de conditions"):
        catalogue._lire_aide(fichier)
    fichier.write_text("slug: aide_douteuse\nlibelle: Aide douteuse\nfamille: difficulte\nencodee: false\npublic: Tous\n",
                       encoding="utf-8")
    with pytest.raises(ErreurRegistre, match="champ manquant"):
        catalogue._lire_aide(fichier)


def _evaluer(nom):
    return paris_droits.evaluer(charger_fichier(chemins.SITUATIONS / f"{nom}.json"), "2026-11")


def test_evaluer_nomme_les_aides_non_encodees_du_public_du_menage_avec_leur_guichet():
    senior = _evaluer("personne_agee_perte_autonomie_domicile")
    nommees = {a["slug"] for a in senior.non_encodees}
    assert {"loisirs_casvp", "aide_a_domicile_casvp", "hebergement_etablissements_casvp"} <= nommees
    assert "quartiers_libres" not in nommees and "caf_aide_vacances_familles" not in nommees
    loisirs = next(a for a in senior.non_encodees if a["slug"] == "loisirs_casvp")
    assert loisirs["guichet"].startswith("Maison des Solidarités") and "délibération n° 124" in loisirs["raison"]
    famille = _evaluer("famille_nombreuse_proprietaire_travaux")
    nommees = {a["slug"] for a in famille.non_encodees}
    assert "caf_aide_vacances_familles" in nommees and "loisirs_casvp" not in nommees
    jeune = _evaluer("jeune_projet_vacances_autonome")
    assert "quartiers_libres" in {a["slug"] for a in jeune.non_encodees}


def test_les_aides_non_encodees_sont_dans_le_json_le_texte_le_markdown_et_la_page():
    resultat = _evaluer("personne_agee_perte_autonomie_domicile")
    donnees = resultat.en_dict()
    jsonschema.validate(donnees, SCHEMA)
    assert any(a["slug"] == "loisirs_casvp" and "montant" not in a for a in donnees["aides_non_encodees"])
    for rendu in (texte(resultat, largeur=140), markdown(resultat), page_html(resultat)):
        assert "Autres aides à demander au guichet" in rendu
        assert "Loisirs du CASVP" in rendu and "Plateforme Paris Domicile du CASVP" in rendu


def test_une_aide_en_nature_est_eligible_sans_montant_et_ne_change_pas_les_totaux():
    resultat = _evaluer("famille_nombreuse_proprietaire_travaux")
    carte = resultat.aide("paris_pass_familles")
    assert (carte.statut, carte.montant, carte.montant_annuel, carte.retenue, carte.en_nature) == ("eligible", 0, 0, True, True)
    assert carte.raison == "Toutes les conditions sont remplies."
    en_especes = [a for a in resultat.aides if a.statut == "eligible" and not a.montant_jusqu_a]
    assert resultat.total_annuel == pytest.approx(sum(a.montant_annuel for a in en_especes))
    assert "en nature" in texte(resultat, largeur=140)
    assert resultat.en_dict()["aides"][[a.slug for a in resultat.aides].index("paris_pass_familles")]["en_nature"] is True


def test_un_service_en_nature_donne_sa_tranche_et_ses_tarifs_en_precisions():
    resultat = _evaluer("personne_agee_perte_autonomie_domicile")
    telealarme = resultat.aide("telealarme")
    precisions = {p["variable"]: p for p in telealarme.precisions}
    assert precisions["tranche_imposition_casvp"]["texte"] == "B"
    assert precisions["telealarme_participation_abonnement"]["valeur"] == 45
    assert precisions["telealarme_participation_abonnement"]["texte"] == "45,00 €"
    assert "participation annuelle à l'abonnement : 45,00 €" in texte(resultat, largeur=140)
    assert resultat.aide("paris_solidarite").precisions == []


def test_une_aide_non_eligible_n_a_pas_de_precisions():
    resultat = _evaluer("famille_nombreuse_proprietaire_travaux")
    assert resultat.aide("telealarme").statut == "non_eligible"
    assert resultat.aide("telealarme").precisions == []


def test_le_calcul_en_lot_donne_les_aides_en_nature_et_aucune_colonne_aux_aides_non_encodees():
    import pandas as pd

    from paris_droits.lot import calcul as lot

    situation = json.loads((chemins.SITUATIONS / "famille_nombreuse_proprietaire_travaux.json").read_text(encoding="utf-8"))
    membres = situation["individus"]
    individus = pd.DataFrame({
        "id_individu": list(membres), "id_menage": ["m"] * len(membres),
        "role": ["personne_de_reference", "conjoint", "enfants", "enfants", "enfants"],
        "date_naissance": [m["date_naissance"]["ETERNITY"] for m in membres.values()],
        "salaire_net": [m.get("salaire_net", {}).get("2026-11", 0) for m in membres.values()],
    })
    menage = {k: v["2026-11"] for k, v in situation["menages"]["menage"].items() if isinstance(v, dict)}
    menages = pd.DataFrame([{"id_menage": "m", **menage}])
    resultats = lot.simuler(menages, individus, "2026-11")
    assert bool(resultats["paris_pass_familles_eligible"].iloc[0]) and resultats["paris_pass_familles"].iloc[0] == 0
    assert resultats["aide_amelioration_habitat"].iloc[0] == 2135
    assert not any(col.startswith(a.slug) for a in catalogue.non_encodees() for col in resultats.columns)


def test_le_tableau_des_aides_du_readme_montre_les_aides_encodees_et_non_encodees():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    manquantes = [slug for slug in REGISTRE if f"| `{slug}` |" not in readme]
    assert manquantes == []
    assert "« non encodées »" in readme


def test_un_tarif_calcule_sur_une_donnee_non_fournie_est_donne_a_confirmer():
    senior = {"periode": "2026-11", "arrondissement": 11, "annees_residence_paris": 5,
              "adultes": [{"age": 80, "revenus": {"retraite_nette": 1500}}]}
    emeraude = paris_droits.evaluer(senior).aide("restaurants_emeraude")
    assert emeraude.statut == "eligible"
    tranche = next(p for p in emeraude.precisions if p["variable"] == "restaurants_emeraude_tranche")
    assert tranche["texte"] == "B" and tranche["a_confirmer"] == ["Impôt sur le revenu soumis au barème (tranche de prix)"]
    assert "à confirmer, non renseigné : Impôt sur le revenu" in texte(paris_droits.evaluer(senior), largeur=140)
    impose = paris_droits.evaluer({**senior, "impots": {"impot_revenu": 1200}}).aide("restaurants_emeraude")
    assert all(p["a_confirmer"] == [] for p in impose.precisions)
    assert next(p for p in impose.precisions if p["variable"] == "restaurants_emeraude_prix_dejeuner")["valeur"] == 8.42


def test_une_aide_des_sans_domicile_n_est_a_verifier_que_pour_une_personne_sans_domicile():
    loge = {"periode": "2026-11", "arrondissement": 11, "annees_residence_paris": 5,
            "adultes": [{"age": 40, "revenus": {"salaire_net": 1500}}]}
    assert paris_droits.evaluer(loge).aide("aide_sans_domicile_fixe").statut == "non_eligible"
    sans_domicile = {"periode": "2026-11", "arrondissement": 18, "logement": {"statut": "sans_domicile"}, "adultes": [{"age": 40}]}
    aide = paris_droits.evaluer(sans_domicile).aide("aide_sans_domicile_fixe")
    assert aide.statut == "a_verifier"
    assert [d["donnee"] for d in aide.donnees_manquantes] == ["Durée sans domicile fixe à Paris"]
