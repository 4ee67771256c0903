"""Sample validation: one French sentence naming the file, the column and the row, for each bad input.

Every case is written to a real Parquet or CSV file and read back. "ligne 1" is the first data row.
Row-level defects reject the household (or raise with strict=True); sample-level defects always raise.
"""

import pandas as pd
import pytest
from fabrique_echantillons import ecrire, modifier, tables

from paris_droits import systeme
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.lot.echantillon import lire_echantillon, valider

FORMATS = ["csv", "parquet"]


def _statuts() -> str:
    return ", ".join(m.name for m in systeme().variables["statut_occupation_logement"].possible_values)


def _ajouter_menage_sans_membre(m, i):
    return pd.concat([m, m.iloc[[1]].assign(id_menage="M4")], ignore_index=True), i


# (name, defect, rejected household, expected sentence; {m} and {i} are the file names)
CAS_REJETS = [
    (
        "texte_dans_un_montant",
        lambda m, i: (modifier(m, "M2", "loyer", "beaucoup"), i),
        "M2",
        "Fichier « {m} », ligne 2, colonne « loyer » : « beaucoup » n'est pas un nombre.",
    ),
    (
        "montant_negatif",
        lambda m, i: (modifier(m, "M2", "loyer", -50.0), i),
        "M2",
        "Fichier « {m} », ligne 2, colonne « loyer » : la valeur ne peut pas être négative (-50).",
    ),
    (
        "salaire_negatif_d_une_personne",
        lambda m, i: (m, modifier(i, "I7", "salaire_net", -12.5)),
        "M3",
        "Fichier « {i} », ligne 7, colonne « salaire_net » : la valeur ne peut pas être négative (-12.5).",
    ),
    (
        "date_invalide",
        lambda m, i: (m, modifier(i, "I3", "date_naissance", "1985-13-01")),
        "M1",
        "Fichier « {i} », ligne 3, colonne « date_naissance » : « 1985-13-01 » n'est pas une date (attendu : AAAA-MM-JJ).",
    ),
    (
        "valeur_inconnue_d_une_liste",
        lambda m, i: (modifier(m, "M1", "statut_occupation_logement", "locataire_hml"), i),
        "M1",
        "Fichier « {m} », ligne 1, colonne « statut_occupation_logement » : « locataire_hml » n'est pas une valeur connue "
        "(valeurs possibles : {statuts}) ; vouliez-vous dire « locataire_hlm » ?",
    ),
    (
        "nombre_decimal_dans_un_entier",
        lambda m, i: (modifier(m, "M3", "anciennete_residence_paris", 2.5), i),
        "M3",
        "Fichier « {m} », ligne 3, colonne « anciennete_residence_paris » : « 2.5 » n'est pas un nombre entier.",
    ),
    (
        "booleen_invalide",
        lambda m, i: (modifier(m, "M2", "allocataire_caf", "peut-être"), i),
        "M2",
        "Fichier « {m} », ligne 2, colonne « allocataire_caf » : « peut-être » n'est ni vrai ni faux "
        "(attendu : vrai/faux, oui/non, true/false ou 1/0).",
    ),
    (
        "arrondissement_inconnu",
        lambda m, i: (modifier(m, "M3", "depcom", "75125"), i),
        "M3",
        "Fichier « {m} », ligne 3, colonne « depcom » : « 75125 » désigne un arrondissement de Paris inconnu "
        "(les codes vont de 75101 à 75120).",
    ),
    (
        "poids_negatif",
        lambda m, i: (modifier(m, "M1", "poids", -1.0), i),
        "M1",
        "Fichier « {m} », ligne 1, colonne « poids » : la valeur ne peut pas être négative (-1).",
    ),
    (
        "role_inconnu",
        lambda m, i: (m, modifier(i, "I7", "role", "enfant")),
        "M3",
        "Fichier « {i} », ligne 7, colonne « role » : le rôle « enfant » est inconnu "
        "(rôles possibles : personne_de_reference, conjoint, enfants, autres) ; vouliez-vous dire « enfants » ?",
    ),
    (
        "role_vide",
        lambda m, i: (m, modifier(i, "I5", "role", "")),
        "M2",
        "Fichier « {i} », ligne 5, colonne « role » : le rôle est vide "
        "(rôles possibles : personne_de_reference, conjoint, enfants, autres).",
    ),
    (
        "deux_personnes_de_reference",
        lambda m, i: (m, modifier(i, "I2", "role", "personne_de_reference")),
        "M1",
        "Fichier « {i} », ligne 2, colonne « role » : le ménage « M1 » a déjà une personne_de_reference (ligne 1).",
    ),
    (
        "deux_conjoints",
        lambda m, i: (m, modifier(i, "I3", "role", "conjoint")),
        "M1",
        "Fichier « {i} », ligne 3, colonne « role » : le ménage « M1 » a déjà un conjoint (ligne 2).",
    ),
    (
        "sans_personne_de_reference",
        lambda m, i: (m, modifier(i, "I6", "role", "autres")),
        "M3",
        "Fichier « {m} », ligne 3, colonne « id_menage » : le ménage « M3 » n'a pas de personne_de_reference dans « {i} ».",
    ),
    (
        "menage_sans_membre",
        _ajouter_menage_sans_membre,
        "M4",
        "Fichier « {m} », ligne 4, colonne « id_menage » : le ménage « M4 » n'a aucun membre dans « {i} ».",
    ),
]


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("nom,defaut,rejete,phrase", CAS_REJETS, ids=[c[0] for c in CAS_REJETS])
def test_un_menage_invalide_est_rejete_avec_sa_raison_ou_arrete_le_mode_strict(tmp_path, format, nom, defaut, rejete, phrase):
    menages, individus = defaut(*tables())
    echantillon = lire_echantillon(ecrire(tmp_path, menages, individus, format))
    attendu = phrase.format(m=f"menages.{format}", i=f"individus.{format}", statuts=_statuts())

    menages_ok, individus_ok, rejets = echantillon.valider()
    assert rejets["id_menage"].tolist() == [rejete]
    assert rejets["raison"].tolist() == [attendu]
    assert len(menages_ok) + len(rejets) == len(menages)
    assert rejete not in set(menages_ok["id_menage"]) | set(individus_ok["id_menage"])

    with pytest.raises(ErreurEntree) as erreur:
        echantillon.valider(strict=True)
    assert str(erreur.value) == attendu


def _doublon_menage(m, i):
    return pd.concat([m, m.iloc[[1]]], ignore_index=True), i


def _colonne_renommee(table, ancien, nouveau):
    return table.rename(columns={ancien: nouveau})


CAS_FATALS = [
    (
        "identifiant_de_menage_en_double",
        _doublon_menage,
        "Fichier « {m} », ligne 4, colonne « id_menage » : l'identifiant « M2 » figure déjà ligne 2.",
    ),
    (
        "identifiant_de_personne_en_double",
        lambda m, i: (m, modifier(i, "I5", "id_individu", "I4")),
        "Fichier « {i} », ligne 5, colonne « id_individu » : l'identifiant « I4 » figure déjà ligne 4.",
    ),
    (
        "identifiant_vide",
        lambda m, i: (m, modifier(i, "I3", "id_individu", "")),
        "Fichier « {i} », ligne 3, colonne « id_individu » : l'identifiant est vide.",
    ),
    (
        "personne_sans_menage",
        lambda m, i: (m, modifier(i, "I5", "id_menage", "M9")),
        "Fichier « {i} », ligne 5, colonne « id_menage » : le ménage « M9 » n'existe pas dans « {m} ».",
    ),
    (
        "colonne_mal_orthographiee",
        lambda m, i: (_colonne_renommee(m, "loyer", "loyr"), i),
        "Fichier « {m} », colonne « loyr » : colonne inconnue ; vouliez-vous dire « loyer » ?",
    ),
    (
        "colonne_inconnue",
        lambda m, i: (m.assign(zzzz=1), i),
        "Fichier « {m} », colonne « zzzz » : colonne inconnue.",
    ),
    (
        "role_mal_orthographie_dans_l_entete",
        lambda m, i: (m, _colonne_renommee(i, "role", "rol")),
        "Fichier « {i} », colonne « rol » : colonne inconnue ; vouliez-vous dire « role » ?",
    ),
    (
        "colonne_dans_la_mauvaise_table",
        lambda m, i: (m.assign(salaire_net=1000.0), i),
        "Fichier « {m} », colonne « salaire_net » : cette donnée concerne une personne, placez-la dans « {i} ».",
    ),
    (
        "variable_calculee",
        lambda m, i: (m.assign(arrondissement=11), i),
        "Fichier « {m} », colonne « arrondissement » : cette variable est calculée par le moteur, elle ne peut pas être fournie.",
    ),
    (
        "recours_observe_a_une_aide_inconnue",
        lambda m, i: (_colonne_renommee(m, "percoit_paris_forfait_familles", "percoit_paris_forfait_famille"), i),
        "Fichier « {m} », colonne « percoit_paris_forfait_famille » : aucune aide du catalogue ne s'appelle "
        "« paris_forfait_famille » ; vouliez-vous dire « percoit_paris_forfait_familles » ?",
    ),
    (
        "colonne_obligatoire_manquante",
        lambda m, i: (m, i.drop(columns="role")),
        "Fichier « {i} » : la colonne obligatoire « role » manque.",
    ),
    (
        "age_et_date_de_naissance",
        lambda m, i: (m, i.assign(age=30)),
        "Fichier « {i} » : les colonnes « age » et « date_naissance » sont toutes deux présentes ; gardez-en une seule.",
    ),
]


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("nom,defaut,phrase", CAS_FATALS, ids=[c[0] for c in CAS_FATALS])
def test_un_echantillon_inutilisable_arrete_la_validation_meme_sans_mode_strict(tmp_path, format, nom, defaut, phrase):
    echantillon = lire_echantillon(ecrire(tmp_path, *defaut(*tables()), format))
    with pytest.raises(ErreurEntree) as erreur:
        echantillon.valider()
    assert str(erreur.value) == phrase.format(m=f"menages.{format}", i=f"individus.{format}")


def test_un_echantillon_valide_passe_entier_avec_ses_valeurs_converties(tmp_path):
    echantillon = lire_echantillon(ecrire(tmp_path, *tables(), "csv"))
    menages_ok, individus_ok, rejets = echantillon.valider()
    assert len(rejets) == 0 and list(rejets.columns) == ["id_menage", "raison", "fichier", "ligne", "colonne"]
    assert menages_ok["id_menage"].tolist() == ["M1", "M2", "M3"]
    assert menages_ok["loyer"].tolist() == [620.0, 900.0, 450.0]
    assert menages_ok["allocataire_caf"].tolist() == [True, False, True]
    assert menages_ok["percoit_paris_forfait_familles"].tolist() == [False, False, True]
    assert menages_ok["depcom"].tolist() == ["75119", "75111", "75120"]
    assert individus_ok["date_naissance"].iloc[0] == pd.Timestamp("1984-04-12")


def test_un_csv_a_la_francaise_est_lu(tmp_path):
    """Semicolons, decimal commas, thousands spaces, oui/non, dates JJ/MM/AAAA and empty cells (default value)."""
    (tmp_path / "menages.csv").write_text(
        "id_menage;loyer;allocataire_caf;depcom\nA;1 234,50;oui;75111\nB;;non;\n", encoding="utf-8"
    )
    (tmp_path / "individus.csv").write_text(
        "id_individu;id_menage;role;date_naissance\n1;A;personne_de_reference;15/03/1970\n2;B;personne_de_reference;\n",
        encoding="utf-8",
    )
    menages_ok, individus_ok, rejets = lire_echantillon(tmp_path).valider()
    assert len(rejets) == 0
    assert menages_ok["loyer"].tolist() == [1234.5, 0.0]
    assert menages_ok["allocataire_caf"].tolist() == [True, False]
    assert menages_ok["poids"].tolist() == [1.0, 1.0]
    assert individus_ok["date_naissance"].tolist() == [pd.Timestamp("1970-03-15"), pd.Timestamp("1970-01-01")]


def test_des_identifiants_entiers_et_textes_se_rejoignent():
    menages = pd.DataFrame({"id_menage": [10, 20]})
    individus = pd.DataFrame({"id_individu": ["a", "b"], "id_menage": ["10", "20"], "role": ["personne_de_reference"] * 2})
    menages_ok, _, rejets = valider(menages, individus)
    assert len(menages_ok) == 2 and len(rejets) == 0


@pytest.mark.parametrize(
    "preparer_dossier,phrase",
    [
        (lambda d: d / "absent", "L'échantillon « {d}/absent » n'existe pas."),
        (lambda d: d, "Le dossier « {d} » ne contient ni « menages.parquet » ni « menages.csv » (ni un dossier « menages » de fichiers Parquet)."),
    ],
    ids=["dossier_absent", "dossier_vide"],
)
def test_un_dossier_d_echantillon_introuvable_est_signale(tmp_path, preparer_dossier, phrase):
    with pytest.raises(ErreurEntree) as erreur:
        lire_echantillon(preparer_dossier(tmp_path))
    assert str(erreur.value) == phrase.format(d=tmp_path)


def test_deux_formats_pour_la_meme_table_sont_ambigus(tmp_path):
    ecrire(tmp_path, *tables(), "csv")
    ecrire(tmp_path, *tables(), "parquet")
    with pytest.raises(ErreurEntree) as erreur:
        lire_echantillon(tmp_path)
    assert str(erreur.value) == (
        f"Le dossier « {tmp_path} » contient à la fois « menages.parquet » et « menages.csv » : gardez-en un seul."
    )


def test_un_parquet_abime_est_signale(tmp_path):
    ecrire(tmp_path, *tables(), "parquet")
    (tmp_path / "menages.parquet").write_bytes(b"PAR1 tronque")
    with pytest.raises(ErreurEntree) as erreur:
        lire_echantillon(tmp_path)
    assert str(erreur.value) == "Le fichier « menages.parquet » n'est pas un fichier Parquet lisible."


@pytest.mark.parametrize(
    "contenu,phrase",
    [
        ("", "Le fichier « menages.csv » est vide."),
        (
            "id_menage,loyer\nM1,100\nM2,200,3\n",
            "Fichier « menages.csv », ligne 2 : 3 valeurs au lieu de 2 (le nombre de colonnes de l'en-tête).",
        ),
    ],
    ids=["fichier_vide", "ligne_trop_longue"],
)
def test_un_csv_mal_forme_est_signale_avec_sa_ligne(tmp_path, contenu, phrase):
    ecrire(tmp_path, *tables(), "csv")
    (tmp_path / "menages.csv").write_text(contenu, encoding="utf-8")
    with pytest.raises(ErreurEntree) as erreur:
        lire_echantillon(tmp_path)
    assert str(erreur.value) == phrase
