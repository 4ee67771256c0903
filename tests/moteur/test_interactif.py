"""`paris-droits evaluer --interactif` driven through a real pseudo-terminal (pexpect)."""

import sys

import pexpect
import yaml


def test_les_questions_une_a_une_puis_le_resultat():
    enfant = pexpect.spawn(
        sys.executable, ["-m", "paris_droits", "evaluer", "--interactif"], encoding="utf-8", timeout=60,
        dimensions=(50, 200),
    )
    enfant.delaybeforesend = None  # pexpect waits 50 ms before each answer by default; each waits for its question already
    reponses = [
        ("Mois de la demande", "2026-13"),  # invalid: asked again
        ("Mois de la demande", "2026-11"),
        ("Arrondissement", "25"),  # out of range: asked again, in French
        ("la valeur doit être entre 1 et 20", None),
        ("Arrondissement", "19"),
        ("Années de résidence", ""),  # default 5
        ("Statut d'occupation", "locataire_hlm"),
        ("Loyer hors charges", "600"),
        ("Charges locatives", "100"),
        ("Aide au logement", "200"),
        ("impayé de loyer", "n"),
        ("factures d'électricité", "o"),
        ("Nombre d'adultes", "1"),
        ("Âge", "40"),
        ("Salaire net", "nan"),  # not a finite number: asked again
        ("n'est pas un nombre fini", None),
        ("Salaire net", "1e308"),  # absurd: asked again
        ("la valeur doit être entre 0 et 1\u202f000\u202f000", None),
        ("Salaire net", "1800"),
        ("Allocations chômage", ""),
        ("Retraites", ""),
        ("Pension d'invalidité", ""),
        ("Pension alimentaire", "150"),
        ("Autres revenus", ""),
        ("AAH perçue", ""),
        ("ASPA perçue", ""),
        ("handicap reconnue", ""),
        ("Nombre d'enfants", "3"),
    ]
    for rang in range(3):
        reponses += [("Âge", str(6 + 3 * rang)), ("Repas à la cantine", "16"), ("AEEH", "")]
    reponses += [
        ("dossier à la CAF", "peut-être"),
        ("répondez par « o » (oui) ou « n » (non).", None),
        ("dossier à la CAF", "o"),
        ("Quotient familial", ""),
        ("Prestations familiales", "300"),
        ("RSA", ""),
        ("Impôt sur le revenu", ""),
        ("Revenu fiscal", "20000"),
        ("parts fiscales", "3"),
    ]
    for question, reponse in reponses:
        enfant.expect_exact(question)
        if reponse is not None:
            enfant.sendline(reponse)
    enfant.expect(pexpect.EOF)
    sortie = enfant.before
    enfant.close()
    assert enfant.exitstatus == 0, sortie
    assert "Paris Forfait Familles" in sortie and "305,00 €" in sortie
    assert "Tarif réduit de restauration scolaire" in sortie


def test_une_interruption_enregistre_les_reponses_deja_donnees(tmp_path):
    enfant = pexpect.spawn(
        sys.executable, ["-m", "paris_droits", "evaluer", "--interactif"], encoding="utf-8", timeout=60,
        dimensions=(50, 200), cwd=str(tmp_path),
    )
    enfant.delaybeforesend = None
    for question, reponse in [("Mois de la demande", "2026-11"), ("Arrondissement", "12"), ("Années de résidence", "4"),
                              ("Statut d'occupation", "locataire_vide"), ("Loyer hors charges", "900")]:
        enfant.expect_exact(question)
        enfant.sendline(reponse)
    enfant.expect_exact("Charges locatives")
    enfant.sendintr()  # Ctrl-C
    enfant.expect(pexpect.EOF)
    enfant.close()
    fiche = tmp_path / "fiche-interrompue-2026-11.yaml"
    assert enfant.exitstatus == 1 and "les réponses données sont enregistrées" in enfant.before
    contenu = yaml.safe_load(fiche.read_text(encoding="utf-8"))
    assert contenu == {"periode": "2026-11", "arrondissement": 12, "annees_residence_paris": 4,
                       "logement": {"statut": "locataire_vide", "loyer": 900.0}}
    assert oct(fiche.stat().st_mode & 0o777) == oct(0o600)
