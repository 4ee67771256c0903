"""Every kind of bad input, over the three surfaces (command line, batch, Web API): one French sentence
naming the field (and the row in batch), exit code 2 or HTTP 400/413, never a traceback, never a
silent number. One row per kind; the README's promise about bad input rests on this file.

The command line runs in-process through click's runner (the real commands, without paying a Python
start-up per case); the batch through the `lot` command on sample files; the API over real HTTP.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from paris_droits.interfaces.cli.principal import main
from paris_droits.regles import chemins

SITUATION = chemins.SITUATIONS / "couple_deux_eleves.json"


def _situation(modifier) -> str:
    donnees = json.loads(SITUATION.read_text(encoding="utf-8"))
    modifier(donnees)
    return json.dumps(donnees)


def _salaire(valeur):
    return _situation(lambda s: s["individus"]["parent_1"].update({"salaire_net": {"2026-11": valeur}}))


def _naissance(date):
    return _situation(lambda s: s["individus"]["parent_1"].update({"date_naissance": {"ETERNITY": date}}))


# (kind, file name, file content or None, arguments ({f} = the file), exit code, the sentence after « Erreur : »)
LIGNE_DE_COMMANDE = [
    ("mois mal formé", None, None, ["evaluer", str(SITUATION), "--periode", "2026-13"], 2,
     "Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 »."),
    ("mois après les règles", None, None, ["evaluer", str(SITUATION), "--periode", "9999-12"], 2,
     "Le champ « periode » vaut « 9999-12 » : les règles sont encodées jusqu'à 2026-12."),
    ("mois avant les règles", None, None, ["evaluer", str(SITUATION), "--periode", "2001-01"], 2,
     "Le champ « periode » vaut « 2001-01 » : les règles sont encodées à partir de 2016-02."),
    ("fichier absent", None, None, ["evaluer", "absent.json"], 2, "Le fichier « absent.json » n'existe pas."),
    ("JSON invalide", "invalide.json", "{pas du json", ["evaluer", "{f}"], 2, "Le fichier « invalide.json » n'est pas un JSON valide (ligne 1)."),
    ("YAML invalide", "invalide.yaml", "adultes: [\n", ["evaluer", "{f}"], 2, "Le fichier « invalide.yaml » n'est pas un YAML valide (ligne 2)."),
    ("JSON imbriqué sur 100 000 niveaux", "profond.json", "[" * 100_000 + "]" * 100_000, ["evaluer", "{f}"], 2,
     "Le fichier « profond.json » est imbriqué sur plus de 20 niveaux, la limite admise."),
    ("YAML à alias", "alias.yaml", "a: &x [1, 2]\nb: *x\n", ["evaluer", "{f}"], 2,
     "Le fichier « alias.yaml » utilise un alias YAML (*…) ligne 2 : écrivez chaque valeur en toutes lettres."),
    ("NaN dans un JSON", "nan.json", '{"adultes": [{"age": 40, "revenus": {"salaire_net": NaN}}]}', ["evaluer", "{f}"], 2,
     "Le fichier « nan.json » contient « NaN », qui n'est pas un nombre accepté."),
    ("Infinity dans un JSON", "inf.json", _salaire(float("inf")), ["evaluer", "{f}"], 2,
     "Le fichier « inf.json » contient « Infinity », qui n'est pas un nombre accepté."),
    ("montant 1e308", "enorme.json", _salaire(1e308), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.salaire_net.2026-11 » dépasse la valeur maximale admise (1\u202f000\u202f000 €) : « 1e+308 »."),
    ("montant négatif", "negatif.json", _salaire(-5), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.salaire_net.2026-11 » ne peut pas être négatif (-5)."),
    ("montant en texte", "texte.json", _salaire("mille"), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.salaire_net.2026-11 » doit être un nombre, pas « mille »."),
    ("né en 1084", "n1084.json", _naissance("1084-03-01"), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.date_naissance.ETERNITY » (1084-03-01) est antérieure au 01/01/1900."),
    ("né en 2099", "n2099.json", _naissance("2099-03-01"), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.date_naissance.ETERNITY » (2099-03-01) est postérieure à la fin du mois calculé (30/11/2026)."),
    ("date impossible", "n0231.json", _naissance("1980-02-31"), ["evaluer", "{f}"], 2,
     "Le champ « individus.parent_1.date_naissance.ETERNITY » doit être une date au format AAAA-MM-JJ, pas « 1980-02-31 »."),
    ("âge de 200 ans", "age.yaml", "adultes:\n  - age: 200\n", ["evaluer", "{f}"], 2,
     "Le champ « adultes[1].age » doit être compris entre 0 et 120 ans, pas « 200 »."),
    ("âge en texte", "age2.yaml", "adultes:\n  - age: quarante\n", ["evaluer", "{f}"], 2,
     "Le champ « adultes[1].age » doit être un nombre entier d'années, pas « quarante »."),
    ("octets illisibles", "binaire.json", b"\x00\x81\xff\xfe\x00", ["evaluer", "{f}"], 2,
     "Le fichier « binaire.json » n'est pas un texte lisible : enregistrez-le en UTF-8 (ou en UTF-16 avec BOM)."),
    ("données de plusieurs mois", "mois.json",
     _situation(lambda s: s["individus"]["parent_1"].update({"chomage_net": {"2026-08": 100}})), ["evaluer", "{f}"], 2,
     "Les données sont datées de plusieurs mois (2026-08, 2026-11) : indiquez le mois à calculer dans le champ « periode » (AAAA-MM)."),
    ("variable inconnue", "inconnue.json", _situation(lambda s: s["individus"]["parent_1"].update({"salaire": {"2026-11": 1}})),
     ["evaluer", "{f}"], 2, "Le champ « individus.parent_1.salaire » est inconnu. Vouliez-vous dire « salaire_net » ?"),
    ("personne hors ménage", "orpheline.json", _situation(lambda s: s["individus"].update({"x": {}})), ["evaluer", "{f}"], 2,
     "La personne « x » n'appartient à aucun ménage : ajoutez-la à un rôle (personne_de_reference, conjoint, enfants ou autres)."),
    ("arrondissement 21", "arr.yaml", "arrondissement: 21\nadultes:\n  - age: 40\n", ["evaluer", "{f}"], 2,
     "Le champ « arrondissement » doit être un numéro d'arrondissement de Paris de 1 à 20, pas « 21 »."),
    ("fiche sans adulte", "vide.yaml", "periode: 2026-11\n", ["evaluer", "{f}"], 2,
     "Le champ « adultes » doit lister au moins un adulte (le demandeur en premier)."),
    ("sortie dans un dossier absent", None, None, ["evaluer", str(SITUATION), "-o", "absent/fiche.html"], 2,
     "Le dossier « absent » du fichier de sortie n'existe pas."),
    ("format inconnu", None, None, ["evaluer", str(SITUATION), "--format", "pdf"], 2,
     "Valeur invalide pour « --format » : « pdf » n'est pas l'une des valeurs permises (« texte », « json », « markdown », « html »). "
     "(aide : « paris-droits evaluer --help »)"),
    ("option inconnue", None, None, ["evaluer", str(SITUATION), "--mois", "2026-11"], 2,
     "L'option « --mois » n'existe pas. (aide : « paris-droits evaluer --help »)"),
    ("commande inconnue", None, None, ["evalue"], 2,
     "La commande « evalue » n'existe pas. Vouliez-vous dire « evaluer » ? (aide : « paris-droits --help »)"),
    ("argument manquant", None, None, ["evaluer"], 2, "Indiquez un FICHIER (situation ou fiche ménage), ou utilisez --interactif."),
    ("réforme inconnue", None, None, ["evaluer", str(SITUATION), "--reforme", "cantine_gratuite"], 2,
     "La réforme « cantine_gratuite » n'existe pas. Vouliez-vous dire « cantine_gratuite_tranches_1_2 » ?"),
    ("réforme YAML invalide", "r.yaml", "familles.paris_forfait_familles.montant: {2026-13-01: 250}\n",
     ["evaluer", str(SITUATION), "--reforme", "{f}"], 2,
     "Dans « r.yaml », la date « 2026-13-01 » de « familles.paris_forfait_familles.montant » doit être au format AAAA-MM-JJ."),
    ("nombre de réplicats en texte", None, None, ["non-recours", "--replicats", "zéro"], 2,
     "Valeur invalide pour « --replicats » : « zéro » n'est pas un nombre entier. (aide : « paris-droits non-recours --help »)"),
    ("graine négative", None, None, ["non-recours", "--graine", "-1"], 2,
     "Valeur invalide pour « --graine » : -1 n'est pas dans l'intervalle permis (de 0 à 4294967295). (aide : « paris-droits non-recours --help »)"),
    ("découpage inconnu", None, None, ["non-recours", "--par", "departement"], 2,
     "Le champ « par » vaut « departement » : choisissez parmi arrondissement, qpv, type_menage."),
    ("source inconnue", None, None, ["versement-automatique", "--sources", "caf,impots"], 2,
     "Le champ « sources » contient « impots », une source inconnue (sources possibles : caf, dgfip, caisse_des_ecoles, ville, mdph, cnav, crous)."),
    ("zéro ménage à générer", None, None, ["echantillon", "generer", "--menages", "0", "-o", "x"], 2,
     "Valeur invalide pour « --menages » : 0 n'est pas dans l'intervalle permis (de 1 à 100000000). "
     "(aide : « paris-droits echantillon generer --help »)"),
    ("part hors de [0, 1[", None, None, ["echantillon", "generer", "--erreurs-inclusion", "1.5", "-o", "x"], 2,
     "Valeur invalide pour « --erreurs-inclusion » : 1.5 n'est pas dans l'intervalle permis (au moins 0 et moins de 1). "
     "(aide : « paris-droits echantillon generer --help »)"),
    ("port hors bornes", None, None, ["serve", "--port", "70000"], 2,
     "Valeur invalide pour « --port » : 70000 n'est pas dans l'intervalle permis (de 1 à 65535). (aide : « paris-droits serve --help »)"),
    ("mois de cantine mal formé", None, None, ["cantine", str(SITUATION), "--periode", "2026-00"], 2,
     "Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-00 »."),
    ("liste d'aller-vers en .xls", None, None, ["aller-vers", "-o", "liste.xls"], 2,
     "Le fichier de sortie « liste.xls » doit se terminer par .csv ou .xlsx."),
    ("nom de campagne invalide", None, None, ["campagne", "creer", "été"], 2,
     "Le champ « nom » doit être un nom de campagne de 1 à 100 caractères (lettres sans accent, chiffres, « _ », « - » ou « . », "
     "en commençant par une lettre ou un chiffre), pas « été »."),
    ("base des campagnes absente", None, None, ["campagne", "bilan", "hiver", "--base", "absente.sqlite"], 2,
     "La base « absente.sqlite » n'existe pas : créez d'abord une campagne (paris-droits campagne creer) ou indiquez la base avec --base."),
    ("base d'un autre moteur", None, None, ["campagne", "lister", "--base", "mysql://u:secret@h/b"], 2,
     "Le champ « base » désigne une base « mysql » : seules SQLite (sqlite:///…) et PostgreSQL (postgresql://…) sont prises en charge."),
    ("part de témoins hors de ]0, 1[", None, None, ["campagne", "creer", "hiver", "--temoin", "0"], 2,
     "Valeur invalide pour « --temoin » : 0.0 n'est pas dans l'intervalle permis (plus de 0 et moins de 1). "
     "(aide : « paris-droits campagne creer --help »)"),
    ("liste de campagne en .ods", None, None, ["campagne", "exporter", "hiver", "-o", "liste.ods"], 2,
     "Le fichier de sortie « liste.ods » doit se terminer par .csv ou .xlsx."),
    ("échéance de renouvellement nulle", None, None, ["renouvellements", "echantillon", "--echeance", "0"], 2,
     "Valeur invalide pour « --echeance » : 0 n'est pas dans l'intervalle permis (de 1 à 24). "
     "(aide : « paris-droits renouvellements --help »)"),
    ("plage de mois à l'envers", None, None, ["lot", "e", "--periode", "2026-12..2026-01", "-o", "r.parquet"], 2,
     "Le champ « periode » va de 2026-12 à 2026-01 : le premier mois doit précéder le dernier."),
    ("plage de plus de 120 mois", None, None, ["non-recours", "--periode", "2016-02..2026-12"], 2,
     "Le champ « periode » couvre plus de 120 mois (2016-02 à 2026-12), la limite d'un calcul."),
    ("plage mal formée", None, None, ["lot", "e", "--periode", "2026-01..2026-02..2026-03", "-o", "r.parquet"], 2,
     "Le champ « periode » doit être un mois AAAA-MM ou une plage AAAA-MM..AAAA-MM (par exemple 2025-01..2025-12), "
     "pas « 2026-01..2026-02..2026-03 »."),
    ("planificateur sans moteur dask", None, None, ["lot", "e", "-o", "r.parquet", "--planificateur", "tcp://hote:8786"], 2,
     "L'option « --planificateur » ne s'emploie qu'avec « --moteur dask »."),
    ("moteur inconnu", None, None, ["reforme", "comparer", "--reforme", "x", "--moteur", "spark"], 2,
     "Valeur invalide pour « --moteur » : « spark » n'est pas l'une des valeurs permises (« local », « dask »). "
     "(aide : « paris-droits reforme comparer --help »)"),
    ("sortie en jeu sur un fichier", "r", "pas un dossier", ["lot", "e", "--periode", "2026-11", "-o", "r"], 2,
     "La sortie « r » existe et n'est pas un dossier : indiquez un nom de dossier (jeu Parquet) ou un fichier .parquet ou .csv."),
    ("grille absente", None, None, ["reforme", "comparer", "--grille", "absente.yaml"], 2,
     "Le fichier de grille « absente.yaml » n'existe pas."),
    ("grille à trois paramètres", "g.yaml",
     "date: 2026-01-01\nparametres:\n  familles.paris_forfait_familles.montant: [1]\n"
     "  familles.paris_logement_familles_monoparentales.montant: [1]\n  familles.paris_logement_familles_monoparentales.plafond_ressources: [1]\n",
     ["reforme", "comparer", "--grille", "{f}"], 2, "Dans « g.yaml », une grille balaie un ou deux paramètres, pas 3."),
]


def _executer(tmp_path, monkeypatch, arguments, fichier=None, contenu=None):
    monkeypatch.chdir(tmp_path)
    if fichier is not None:
        chemin = tmp_path / fichier
        chemin.write_bytes(contenu if isinstance(contenu, bytes) else contenu.encode("utf-8"))
        arguments = [a.replace("{f}", str(chemin)) for a in arguments]
    return CliRunner().invoke(main, arguments, prog_name="paris-droits")


@pytest.mark.parametrize(("genre", "fichier", "contenu", "arguments", "code", "phrase"), LIGNE_DE_COMMANDE,
                         ids=[ligne[0] for ligne in LIGNE_DE_COMMANDE])
def test_la_ligne_de_commande_refuse_en_une_phrase(tmp_path, monkeypatch, genre, fichier, contenu, arguments, code, phrase):
    resultat = _executer(tmp_path, monkeypatch, arguments, fichier, contenu)
    assert (resultat.exit_code, resultat.stderr) == (code, f"Erreur : {phrase}\n")
    assert resultat.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ([fichier] if fichier else [])


def test_une_situation_en_utf16_ou_en_windows_1252_est_lue(tmp_path, monkeypatch):
    texte = SITUATION.read_text(encoding="utf-8")
    for nom, octets in (("u16.json", texte.encode("utf-16")), ("cp.yaml", "adultes:\n  - prenom: Hélène\n    age: 40\n".encode("cp1252"))):
        resultat = _executer(tmp_path, monkeypatch, ["evaluer", "{f}", "--periode", "2026-11", "--format", "json"], nom, octets)
        assert resultat.exit_code == 0, resultat.stderr
        assert json.loads(resultat.stdout)["periode"] == "2026-11"
    assert json.loads(resultat.stdout)["prenom"] == "Hélène"


# --- Batch: a bad sample is refused (exit 2) or its bad households rejected with their row -------------


def _echantillon(dossier: Path, menages: str, individus: str) -> Path:
    dossier.mkdir()
    (dossier / "menages.csv").write_text(menages, encoding="utf-8")
    (dossier / "individus.csv").write_text(individus, encoding="utf-8")
    return dossier


INDIVIDUS = "id_individu,id_menage,role,age\nI1,M1,personne_de_reference,40\nI2,M2,personne_de_reference,50\n"
LOT_REFUSE = [
    ("ligne courte", "id_menage,loyer\nM1,500\nM2\n", INDIVIDUS,
     "Fichier « menages.csv », ligne 2 : 1 valeurs au lieu de 2 (le nombre de colonnes de l'en-tête)."),
    ("ligne trop longue", "id_menage,loyer\nM1,500\nM2,600,7\n", INDIVIDUS,
     "Fichier « menages.csv », ligne 2 : 3 valeurs au lieu de 2 (le nombre de colonnes de l'en-tête)."),
    ("colonne inconnue", "id_menage,loyr\nM1,500\nM2,600\n", INDIVIDUS,
     "Fichier « menages.csv », colonne « loyr » : colonne inconnue ; vouliez-vous dire « loyer » ?"),
    ("identifiant en double", "id_menage,loyer\nM1,500\nM1,600\n", INDIVIDUS,
     "Fichier « menages.csv », ligne 2, colonne « id_menage » : l'identifiant « M1 » figure déjà ligne 1."),
    ("personne sans ménage", "id_menage,loyer\nM1,500\nM2,600\n", INDIVIDUS + "I3,M9,enfants,5\n",
     "Fichier « individus.csv », ligne 3, colonne « id_menage » : le ménage « M9 » n'existe pas dans « menages.csv »."),
]
LOT_REJETE = [
    ("texte NaN dans un montant", "id_menage,loyer\nM1,500\nM2,NaN\n", INDIVIDUS,
     "Fichier « menages.csv », ligne 2, colonne « loyer » : « NaN » n'est pas un nombre."),
    ("montant 1e308", "id_menage,loyer\nM1,500\nM2,1e308\n", INDIVIDUS,
     "Fichier « menages.csv », ligne 2, colonne « loyer » : « 1e308 » dépasse la valeur maximale admise (1\u202f000\u202f000 €)."),
    ("âge de 200 ans", "id_menage,loyer\nM1,500\nM2,600\n", INDIVIDUS.replace(",50\n", ",200\n"),
     "Fichier « individus.csv », ligne 2, colonne « age » : « 200 » dépasse la valeur maximale admise (120 ans)."),
    ("naissance en 1084", "id_menage,loyer\nM1,500\nM2,600\n",
     "id_individu,id_menage,role,date_naissance\nI1,M1,personne_de_reference,1980-01-01\nI2,M2,personne_de_reference,1084-01-01\n",
     "Fichier « individus.csv », ligne 2, colonne « date_naissance » : « 1084-01-01 » est antérieure au 01/01/1900."),
    ("rôle inconnu", "id_menage,loyer\nM1,500\nM2,600\n", INDIVIDUS.replace("I2,M2,personne_de_reference", "I2,M2,chef"),
     "Fichier « individus.csv », ligne 2, colonne « role » : le rôle « chef » est inconnu "
     "(rôles possibles : personne_de_reference, conjoint, enfants, autres)."),
]


@pytest.mark.parametrize(("genre", "menages", "individus", "phrase"), LOT_REFUSE, ids=[x[0] for x in LOT_REFUSE])
def test_un_echantillon_inutilisable_est_refuse_en_une_phrase_avec_sa_ligne(tmp_path, monkeypatch, genre, menages, individus, phrase):
    echantillon = _echantillon(tmp_path / "e", menages, individus)
    resultat = _executer(tmp_path, monkeypatch, ["lot", str(echantillon), "--periode", "2026-11", "-o", "r.parquet"])
    assert (resultat.exit_code, resultat.stderr) == (2, f"Erreur : {phrase}\n")
    assert not (tmp_path / "r.parquet").exists()


@pytest.mark.parametrize(("genre", "menages", "individus", "phrase"), LOT_REJETE, ids=[x[0] for x in LOT_REJETE])
def test_un_menage_invalide_est_rejete_avec_sa_ligne_et_aucun_n_est_perdu(tmp_path, monkeypatch, genre, menages, individus, phrase):
    echantillon = _echantillon(tmp_path / "e", menages, individus)
    resultat = _executer(tmp_path, monkeypatch, ["lot", str(echantillon), "--periode", "2026-11", "-o", "r.parquet"])
    assert resultat.exit_code == 0, resultat.stderr
    calcules = pd.read_parquet(tmp_path / "r.parquet")["id_menage"].tolist()
    rejets = pd.read_csv(tmp_path / "r.parquet.rejets.csv")
    assert calcules == ["M1"] and rejets["id_menage"].tolist() == ["M2"]  # 2 households in = 1 out + 1 rejected
    assert rejets["raison"].tolist() == [phrase]
    strict = _executer(tmp_path, monkeypatch, ["lot", str(echantillon), "--periode", "2026-11", "-o", "s.parquet", "--strict"])
    assert (strict.exit_code, strict.stderr) == (2, f"Erreur : {phrase}\n")


# --- Web API: 400 (or 413) with a French body ----------------------------------------------------------


def _fiche(**autres):
    return json.dumps({"adultes": [{"age": 40}], **autres}).encode()


API = [
    ("corps qui n'est pas du JSON", "/evaluer", b"{pas du json", 400, "Le corps de la requête doit être un objet JSON valide."),
    ("corps JSON qui n'est pas un objet", "/evaluer", b"[1, 2]", 400,
     "Le corps de la requête doit être un objet JSON (des clés et des valeurs)."),
    ("liste imbriquée sur 100 000 niveaux", "/evaluer", b"[" * 100_000 + b"]" * 100_000, 400,
     "Le corps de la requête est imbriqué sur plus de 20 niveaux, la limite admise."),
    ("NaN dans le corps", "/evaluer", b'{"adultes": [{"age": NaN}]}', 400, "Le corps de la requête contient « NaN », qui n'est pas un nombre accepté."),
    ("mois mal formé", "/evaluer?periode=2026-13", _fiche(), 400,
     "Le champ « periode » doit être un mois au format AAAA-MM (par exemple 2026-11), pas « 2026-13 »."),
    ("mois après les règles", "/evaluer?periode=9999-12", _fiche(), 400,
     "Le champ « periode » vaut « 9999-12 » : les règles sont encodées jusqu'à 2026-12."),
    ("montant 1e308", "/evaluer", SITUATION.read_bytes().replace(b'"salaire_net": {"2026-11": 2100}', b'"salaire_net": {"2026-11": 1e308}'), 400,
     "Le champ « individus.parent_1.salaire_net.2026-11 » dépasse la valeur maximale admise (1\u202f000\u202f000 €) : « 1e+308 »."),
    ("âge de 200 ans", "/evaluer", json.dumps({"adultes": [{"age": 200}]}).encode(), 400,
     "Le champ « adultes[1].age » doit être compris entre 0 et 120 ans, pas « 200 »."),
    ("balayage (axes)", "/calculate", json.dumps({"individus": {"a": {}}, "menages": {"m": {"personne_de_reference": ["a"]}},
                                                 "axes": []}).encode(), 400,
     "Le champ « axes » n'est pas accepté par cette API (balayages non pris en charge)."),
    ("corps trop volumineux", "/evaluer", b'{"adultes": [{"age": 40}], "x": "' + b"a" * 300_000 + b'"}', 413,
     "La requête est trop volumineuse."),
]


@pytest.fixture(scope="module")
def serveur(serveur_partage):
    """The session's shared server (tests/conftest.py; its --taille-max of 20 000 octets refuses the 300 kB body too)."""
    return serveur_partage


def _poster(port: int, chemin: str, corps: bytes) -> tuple[int, dict]:
    """A raw HTTP/1.1 POST (a socket, not urllib, so that a 413 sent before the body is read is seen)."""
    tete = (f"POST {chemin} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(corps)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(tete)
        try:
            s.sendall(corps)
        except OSError:
            pass  # the server may answer 413 and close before reading the body
        recu = b""
        while morceau := s.recv(65536):
            recu += morceau
    entete, _, contenu = recu.partition(b"\r\n\r\n")
    return int(entete.split(b" ", 2)[1]), json.loads(contenu)


@pytest.mark.xdist_group("serveur")  # the shared server: one per run
@pytest.mark.parametrize(("genre", "chemin", "corps", "statut", "phrase"), API, ids=[x[0] for x in API])
def test_l_api_refuse_en_une_phrase_francaise(serveur, genre, chemin, corps, statut, phrase):
    code, reponse = _poster(serveur.port, chemin, corps)
    assert (code, reponse["erreur"]) == (statut, phrase)


def test_au_moins_quarante_genres_d_entrees_invalides_sont_couverts():
    assert len(LIGNE_DE_COMMANDE) + len(LOT_REFUSE) + len(LOT_REJETE) + len(API) >= 40
    assert np.unique([x[0] for x in LIGNE_DE_COMMANDE]).size == len(LIGNE_DE_COMMANDE)


def _en_parquet(dossier: Path) -> Path:
    """The same sample as Parquet files of text columns (read in batches by a streamed run)."""
    for table in ("menages", "individus"):
        csv = dossier / f"{table}.csv"
        pd.read_csv(csv, dtype=str, keep_default_na=False).to_parquet(dossier / f"{table}.parquet", index=False)
        csv.unlink()
    return dossier


LOT_PARQUET = [cas for cas in LOT_REFUSE if not cas[0].startswith("ligne")] + LOT_REJETE


@pytest.mark.parametrize(("genre", "menages", "individus", "phrase"), LOT_PARQUET, ids=[x[0] for x in LOT_PARQUET])
def test_un_echantillon_parquet_lu_par_lots_donne_la_meme_phrase(tmp_path, monkeypatch, genre, menages, individus, phrase):
    echantillon = _en_parquet(_echantillon(tmp_path / "e", menages, individus))
    arguments = ["lot", str(echantillon), "--periode", "2026-11", "-o", "r.parquet", "--taille-lot", "1", "--strict"]
    resultat = _executer(tmp_path, monkeypatch, arguments)
    assert (resultat.exit_code, resultat.stderr) == (2, f"Erreur : {phrase.replace('.csv', '.parquet')}\n")
