"""Bad situations get one French sentence naming the field, never a traceback or a silent default."""

import pytest

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.menage.situation import construire_simulation


def _situation(**menage):
    return {
        "individus": {"parent": {"date_naissance": {"ETERNITY": "1980-01-01"}}, "enfant": {}},
        "menages": {"m": {"personne_de_reference": ["parent"], "enfants": ["enfant"], **menage}},
    }


CAS = [
    (
        {"individus": {"a": {"salaire_nett": {"2026-11": 1}}}, "menages": {"m": {"personne_de_reference": ["a"]}}},
        "Le champ « individus.a.salaire_nett » est inconnu. Vouliez-vous dire « salaire_net » ?",
    ),
    (
        {"individus": {"a": {"salaire_net": {"2026-11": "beaucoup"}}}, "menages": {"m": {"personne_de_reference": ["a"]}}},
        "Le champ « individus.a.salaire_net.2026-11 » doit être un nombre, pas « beaucoup ».",
    ),
    (
        {"individus": {"a": {"salaire_net": {"2026-11": -10}}}, "menages": {"m": {"personne_de_reference": ["a"]}}},
        "Le champ « individus.a.salaire_net.2026-11 » ne peut pas être négatif (-10).",
    ),
    (
        _situation(loyer={"2026-13": 500}),
        "Le champ « menages.m.loyer.2026-13 » a une période invalide « 2026-13 » (attendu : AAAA-MM, AAAA ou ETERNITY).",
    ),
    (
        _situation(depcom={"2026-11": "75125"}),
        "Le champ « menages.m.depcom.2026-11 » désigne un arrondissement de Paris inconnu (« 75125 ») : "
        "les codes vont de 75101 à 75120.",
    ),
    (
        {"individus": {"a": {}, "b": {}}, "menages": {"m": {"personne_de_reference": ["a", "b"]}}},
        "Le champ « menages.m.personne_de_reference » désigne 2 personnes ; un ménage en compte au plus une.",
    ),
    (
        {"individus": {"a": {}, "enfant": {}}, "menages": {"m": {"personne_de_reference": ["a"]}}},
        "La personne « enfant » n'appartient à aucun ménage : ajoutez-la à un rôle "
        "(personne_de_reference, conjoint, enfants ou autres).",
    ),
    (
        {"individus": {"a": {}}, "menages": {"m": {"enfants": ["a"]}}},
        "Le ménage « m » n'a pas de personne_de_reference.",
    ),
    (
        _situation(statut_occupation_logement={"2026-11": "chateau"}),
        "Le champ « menages.m.statut_occupation_logement.2026-11 » vaut « chateau », qui n'est pas une valeur connue "
        "(valeurs possibles : locataire_hlm, locataire_vide, locataire_meuble, locataire_foyer, proprietaire, "
        "primo_accedant, loge_gratuitement, sans_domicile).",
    ),
    (
        _situation(salaire_net={"2026-11": 1000}),
        "Le champ « menages.m.salaire_net » concerne une personne : placez-le sous « individus ».",
    ),
]


@pytest.mark.parametrize(("situation", "message"), CAS)
def test_une_situation_invalide_donne_une_phrase_qui_nomme_le_champ(tbs, situation, message):
    with pytest.raises(ErreurEntree) as erreur:
        construire_simulation(situation, tbs)
    assert erreur.value.message == message


@pytest.mark.parametrize(("situation", "message"), CAS[:7], ids=[
    "champ_inconnu", "mauvais_type", "revenu_negatif", "periode_mal_formee", "arrondissement_inconnu",
    "deux_personnes_de_reference", "enfant_sans_menage",
])
def test_la_ligne_de_commande_refuse_chaque_saisie_invalide_en_une_phrase_et_code_2(cli, tmp_path, situation, message):
    import json

    fichier = tmp_path / "situation.json"
    fichier.write_text(json.dumps(situation), encoding="utf-8")
    sortie = cli("evaluer", str(fichier), "--periode", "2026-11")
    assert sortie.returncode == 2
    assert sortie.stderr.strip() == f"Erreur : {message}"
    assert sortie.stdout == ""
