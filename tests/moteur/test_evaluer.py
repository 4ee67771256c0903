"""`evaluer`: statuses, explanations with both figures and the reference, missing data, fiche ménage."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import paris_droits
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.menage.situation import charger_fichier
from paris_droits.regles import chemins

SCHEMA = json.loads((chemins.PAQUET / "menage" / "evaluer.schema.json").read_text(encoding="utf-8"))

FICHE = {
    "periode": "2026-11",
    "arrondissement": 19,
    "annees_residence_paris": 5,
    "logement": {"statut": "locataire_hlm", "loyer": 600, "charges": 100, "aide_logement": 200},
    "caf": {"allocataire": True, "prestations_familiales": 300},
    "impots": {"impot_revenu": 0, "revenu_fiscal_reference": 20000, "nombre_parts": 3},
    "adultes": [{"prenom": "Awa", "age": 40, "revenus": {"salaire_net": 1800}}],
    "enfants": [
        {"prenom": "Léo", "age": 12, "repas_cantine_par_mois": 16},
        {"prenom": "Zoé", "age": 9, "repas_cantine_par_mois": 16},
        {"prenom": "Noé", "age": 6, "repas_cantine_par_mois": 16},
    ],
}


def test_evaluer_est_expose_au_niveau_du_paquet_et_valide_le_schema():
    resultat = paris_droits.evaluer(FICHE)
    jsonschema.validate(resultat.en_dict(), SCHEMA)
    assert resultat.periode == "2026-11"


def test_une_fiche_menage_donne_les_aides_et_le_total():
    resultat = paris_droits.evaluer(FICHE)
    pff = resultat.aide("paris_forfait_familles")
    assert pff.statut == "eligible"
    assert pff.montant == 305  # 1 800 € ≤ 3 000 € : montant majoré (annexe 2019)
    assert pff.periodicite == "annuelle" and pff.montant_annuel == 305
    cantine = resultat.aide("restauration_scolaire")
    assert cantine.statut == "eligible"
    assert resultat.total_annuel == pytest.approx(305 + 12 * cantine.montant)


def test_une_condition_qui_echoue_est_expliquee_avec_les_deux_chiffres_et_la_reference():
    fiche = {**FICHE, "adultes": [{"prenom": "Awa", "age": 40, "revenus": {"salaire_net": 5001}}]}
    pff = paris_droits.evaluer(fiche).aide("paris_forfait_familles")
    assert pff.statut == "non_eligible"
    assert pff.raison == (
        "revenus déclarés 5\u202f001,00 € > plafond 5\u202f000,00 €, art. IV 1.2 du règlement et annexe du 1er novembre 2019"
    )
    condition = next(c for c in pff.conditions if c.variable == "paris_forfait_familles_condition_ressources")
    assert (condition.valeur, condition.seuil, condition.remplie) == (5001, 5000, False)


def test_des_revenus_non_renseignes_donnent_a_verifier_et_non_un_zero_silencieux():
    fiche = {**FICHE, "adultes": [{"prenom": "Awa", "age": 40}]}
    pff = paris_droits.evaluer(fiche).aide("paris_forfait_familles")
    assert pff.statut == "a_verifier"
    assert pff.montant == 0
    assert [d["donnee"] for d in pff.donnees_manquantes] == ["Revenus déclarés du demandeur et de son conjoint"]
    assert "Revenus déclarés du demandeur et de son conjoint" in pff.raison


def test_une_donnee_manquante_ne_change_rien_si_une_autre_condition_echoue_deja():
    fiche = {**FICHE, "adultes": [{"prenom": "Awa", "age": 40}], "enfants": FICHE["enfants"][:1]}
    pff = paris_droits.evaluer(fiche).aide("paris_forfait_familles")
    assert pff.statut == "non_eligible"
    assert pff.raison.startswith("enfants à charge 1 enfant < minimum 3 enfants")


def test_l_age_donne_au_lieu_de_la_date_de_naissance_vaut_sur_toute_la_fenetre():
    from paris_droits.menage.evaluation import preparer

    situation = preparer({"adultes": [{"age": 64}]}, "2026-11").situation
    naissance = situation["individus"]["personne_de_reference_1"]["date_naissance"]["ETERNITY"]
    assert naissance == "1961-12-01"  # 64 ans en novembre comme en octobre 2026 (1re personne : le 1er)


@pytest.mark.parametrize(
    ("fiche", "message"),
    [
        ({"adultes": [{"age": 40, "revenus": {"salaire": 100}}]},
         "Le champ « adultes[1].revenus.salaire » est inconnu. Vouliez-vous dire « salaire_net » ?"),
        ({"adultes": [{"age": 40, "revenus": {"salaire_net": -1}}]}, "Le champ « adultes[1].revenus.salaire_net » ne peut pas être négatif (-1)."),
        ({"adultes": [{"age": "quarante"}]}, "Le champ « adultes[1].age » doit être un nombre entier d'années, pas « quarante »."),
        ({"arrondissement": 0, "adultes": [{"age": 40}]},
         "Le champ « arrondissement » doit être un numéro d'arrondissement de Paris de 1 à 20, pas « 0 »."),
        ({"adultes": []}, "Le champ « adultes » doit lister au moins un adulte (le demandeur en premier)."),
        ({"adultez": [], "adultes": [{"age": 3}]}, "Le champ « adultez » est inconnu dans la fiche ménage. Vouliez-vous dire « adultes » ?"),
        ({"adultes": [{"age": 40}, {"age": 41}, {"age": 42, "lien": "conjoint"}]},
         "Le champ « adultes[3].lien » désigne un second conjoint ; un ménage en compte au plus un."),
        ({"logement": {"statut": "chateau"}, "adultes": [{"age": 40}]},
         "Le champ « logement.statut » vaut « chateau », qui n'est pas une valeur connue (valeurs possibles : locataire_hlm, "
         "locataire_vide, locataire_meuble, locataire_foyer, proprietaire, primo_accedant, loge_gratuitement, sans_domicile)."),
    ],
)
def test_une_fiche_invalide_donne_une_phrase_qui_nomme_le_champ(fiche, message):
    with pytest.raises(ErreurEntree) as erreur:
        paris_droits.evaluer(fiche, "2026-11")
    assert erreur.value.message == message


def test_plusieurs_menages_sont_refuses_avec_un_conseil():
    situation = {
        "individus": {"a": {}, "b": {}},
        "menages": {"m1": {"personne_de_reference": ["a"]}, "m2": {"personne_de_reference": ["b"]}},
    }
    with pytest.raises(ErreurEntree, match="un seul ménage à la fois"):
        paris_droits.evaluer(situation, "2026-11")


def _cli(*arguments, entree=None):
    return subprocess.run(
        [sys.executable, "-m", "paris_droits", *arguments], capture_output=True, text=True, timeout=120, input=entree
    )


@pytest.mark.parametrize("chemin", sorted(chemins.SITUATIONS.glob("*.json")), ids=lambda p: p.stem)
def test_la_ligne_de_commande_affiche_le_tableau_pour_chaque_situation(cli, chemin):
    sortie = cli("evaluer", chemin, "--periode", "2026-11")
    assert sortie.returncode == 0, sortie.stderr
    assert "Aide" in sortie.stdout and "Statut" in sortie.stdout and "Raison" in sortie.stdout
    assert "Pièces à fournir" in sortie.stdout or "Total des droits" in sortie.stdout


def test_les_formats_json_markdown_et_html(cli, tmp_path):
    fiche = tmp_path / "fiche.yaml"
    fiche.write_text(json.dumps(FICHE), encoding="utf-8")
    jsonschema.validate(json.loads(cli("evaluer", fiche, "--format", "json").stdout), SCHEMA)
    assert "| Aide | Statut |" in cli("evaluer", fiche, "--format", "markdown").stdout
    page = tmp_path / "fiche.html"
    assert cli("evaluer", fiche, "--format", "html", "-o", page).returncode == 0
    contenu = page.read_text(encoding="utf-8")
    assert "@page { size: A4" in contenu and "http" not in contenu.split("<body>")[0]


def test_un_fichier_absent_ou_illisible_donne_une_phrase_et_le_code_2(tmp_path, cli):
    absent = cli("evaluer", str(tmp_path / "absent.json"))
    assert absent.returncode == 2 and absent.stderr.strip() == f"Erreur : Le fichier « {tmp_path / 'absent.json'} » n'existe pas."
    casse = tmp_path / "casse.json"
    casse.write_text("{pas du json", encoding="utf-8")
    illisible = cli("evaluer", str(casse))
    assert illisible.returncode == 2 and "n'est pas un JSON valide" in illisible.stderr and "Traceback" not in illisible.stderr


def test_la_bibliotheque_et_la_ligne_de_commande_donnent_le_meme_resultat():
    chemin = chemins.SITUATIONS / "parent_isole_un_eleve.json"
    attendu = paris_droits.evaluer(charger_fichier(chemin), "2026-11").en_dict()
    assert json.loads(_cli("evaluer", str(chemin), "--periode", "2026-11", "--format", "json").stdout) == attendu


def test_une_aide_sans_regles_a_la_date_demandee_est_non_eligible_avec_la_raison():
    resultat = paris_droits.evaluer({**FICHE, "periode": "2019-11"})
    vacances = resultat.aide("paris_jeunes_vacances")
    assert vacances.statut == "non_eligible"
    assert vacances.raison.startswith("Règles non encodées pour 2019-11 (paramètre « ")
    assert resultat.aide("paris_forfait_familles").statut == "eligible"


def test_l_exemple_commente_du_guide_des_travailleurs_sociaux():
    """docs/travailleurs-sociaux.md: PLFM 150 € (1 430 € of income, under the SMIC-based first ceiling of
    1 450 € in 2026) retained over PLF 116 €, PEF 138 €, canteen 172,16 €."""
    dossier = Path(__file__).parents[2] / "docs" / "exemples"
    incomplete = paris_droits.evaluer(charger_fichier(dossier / "fiche_menage.yaml"))
    assert {a.slug for a in incomplete.aides if a.statut == "a_verifier"} == {
        "paris_energie_familles", "paris_logement_familles", "paris_logement_familles_monoparentales",
    }
    complete = paris_droits.evaluer(charger_fichier(dossier / "fiche_menage_complete.yaml"))
    plfm, plf = complete.aide("paris_logement_familles_monoparentales"), complete.aide("paris_logement_familles")
    assert (plfm.statut, plfm.montant, plfm.retenue) == ("eligible", 150, True)
    assert (plf.statut, plf.montant, plf.retenue) == ("eligible", 0, False)
    assert plf.raison == "Éligible (116,00 €), mais non cumulable : Paris Logement Familles Monoparentales est plus favorable et retenue."
    assert complete.aide("paris_energie_familles").montant == 138
    assert complete.aide("restauration_scolaire").montant == pytest.approx(172.16)


def test_une_personne_agee_sans_enfant_n_a_pas_la_cantine_a_verifier_et_une_donnee_presumee_ne_bloque_pas():
    fiche = {
        "periode": "2024-03", "arrondissement": 11, "annees_residence_paris": 5,
        "logement": {"statut": "locataire_vide", "loyer": 700, "charges": 50, "aide_logement": 150},
        "impayes_logement": False, "impots": {"impot_revenu": 0},
        "adultes": [{"age": 72, "revenus": {"retraite_nette": 800}, "prestations": {}}],
    }
    resultat = paris_droits.evaluer(fiche)
    assert resultat.aide("restauration_scolaire").statut == "non_eligible"
    psol = resultat.aide("paris_solidarite")
    # RM2019 II 1.1: ceiling 1 129 € (Feb 2024) − resources floored at the ASPA (1 012,02 € in 2024) = 116,98 €.
    assert (psol.statut, psol.montant) == ("eligible", 116.98)
    assert resultat.aide("pass_paris_seniors").statut == "eligible"


FICHE_PARENT_SEUL = {
    "periode": "2026-11", "arrondissement": 12, "annees_residence_paris": 5,
    "logement": {"statut": "locataire_vide", "loyer": 700, "charges": 50, "aide_logement": 100},
    "impots": {"impot_revenu": 0, "revenu_fiscal_reference": 14000, "nombre_parts": 2},
    "impayes_logement": False, "factures_energie_a_charge": True,
    "adultes": [{"prenom": "Awa", "age": 34, "salaire_net": 1300}],
    "enfants": [{"prenom": "Lina", "age": 7}, {"prenom": "Sami", "age": 4}],
}


def test_je_ne_sais_pas_rend_les_aides_concernees_a_verifier_avec_leur_montant_sous_reserve():
    certain = paris_droits.evaluer(FICHE_PARENT_SEUL).aide("paris_logement_familles_monoparentales")
    assert (certain.statut, certain.montant, certain.montant_sous_reserve) == ("eligible", 150.0, None)
    incertain = paris_droits.evaluer({**FICHE_PARENT_SEUL, "ne_sait_pas": ["impayes_logement"]})
    plfm = incertain.aide("paris_logement_familles_monoparentales")
    assert (plfm.statut, plfm.montant, plfm.montant_sous_reserve) == ("a_verifier", 0.0, 150.0)
    assert plfm.reserves == ["Absence d'impayé"] and plfm.sous_reserve == "sous réserve : absence d'impayé"
    assert incertain.en_dict()["aides"][[a.slug for a in incertain.aides].index(plfm.slug)]["montant_sous_reserve"] == 150.0
    # A person's « je ne sais pas » (is Awa disabled?) makes the disabled adults' aids « à vérifier ».
    handicap = paris_droits.evaluer({**FICHE_PARENT_SEUL, "adultes": [{**FICHE_PARENT_SEUL["adultes"][0], "ne_sait_pas": ["handicap"]}]})
    assert handicap.aide("complement_sante_paris").statut == "a_verifier"
    assert paris_droits.evaluer(FICHE_PARENT_SEUL).aide("complement_sante_paris").statut == "non_eligible"


def test_le_montant_sous_reserve_suppose_remplie_une_condition_incertaine_qui_echoue_avec_les_valeurs_par_defaut():
    # Rent arrears said « true » would refuse PLFM; declared unknown, the condition is presumed met: 150 € under reserve.
    fiche = {**FICHE_PARENT_SEUL, "impayes_logement": True, "ne_sait_pas": ["impayes_logement"]}
    plfm = paris_droits.evaluer(fiche).aide("paris_logement_familles_monoparentales")
    assert (plfm.statut, plfm.montant_sous_reserve) == ("a_verifier", 150.0)


def test_une_donnee_inconnue_mal_nommee_est_refusee_en_francais():
    with pytest.raises(ErreurEntree) as erreur:
        paris_droits.evaluer({**FICHE_PARENT_SEUL, "ne_sait_pas": ["impayes"]})
    assert erreur.value.message == "Le champ « ne_sait_pas » cite « impayes », qui n'est pas une donnée connue. Vouliez-vous dire « impayes_logement » ?"


@pytest.mark.parametrize("chemin", sorted(chemins.SITUATIONS.glob("*.json"))[:6], ids=lambda c: c.stem)
def test_chaque_verdict_lu_une_fois_par_evaluation_est_celui_de_la_simulation(chemin):
    # `evaluer` reads each variable once per household (menage.evaluation.Lecture): every condition,
    # eligibility and amount it reports must still be the simulation's own, summed over the household.
    import numpy

    from paris_droits.catalogue.registre import aides
    from paris_droits.menage.evaluation import Lecture, preparer
    from paris_droits.menage.situation import construire_simulation
    from paris_droits.regles.systeme import systeme

    tbs = systeme()
    situation, _fournies, periode, _ = preparer(charger_fichier(chemin), "2026-11", tbs)
    lecture = Lecture(construire_simulation(situation, tbs, periode), periode)
    directe = construire_simulation(situation, tbs, periode)
    for aide in aides():
        for variable in (*(c.variable for c in aide.conditions), aide.eligible, aide.montant) * 2:
            valeur = directe.calculate(variable, periode)
            if tbs.variables[variable].entity.is_person:
                valeur = numpy.array([valeur.any() if valeur.dtype == bool else valeur.sum()])
            assert lecture(variable) == pytest.approx(float(valeur[0]), abs=1e-6), (aide.slug, variable)
