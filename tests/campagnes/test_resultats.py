"""Recording outcomes: checked row by row with a French sentence naming the row, imported in one transaction
(a bad row, an interruption or a killed process leave the store unchanged), idempotent; follow-ups."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from paris_droits.campagnes import creation, export, modele, resultats, suivi
from paris_droits.commun.erreurs import ErreurEntree

ICI = Path(__file__).parent


@pytest.fixture
def campagne(base, analyse):
    creation.creer(base, "essai", analyse=analyse, graine=4)
    return export.liste(base, "essai", avec_temoins=True)


def _contenu(base) -> dict:
    """Everything the store holds for its campaigns, to compare before and after."""
    with base.lecture() as connexion:
        return {
            nom: sorted(tuple(str(v) for k, v in ligne.items() if k not in ("importe_le", "cree_le")) for ligne in connexion.execute(select(table)).mappings())
            for nom, table in (("campagnes", modele.campagnes), ("cibles", modele.cibles), ("issues", modele.issues), ("suivis", modele.suivis))
        }


def _issues(base) -> int:
    with base.lecture() as connexion:
        return connexion.execute(select(func.count()).select_from(modele.issues)).scalar_one()


def _fichier(tmp_path, lignes, nom="resultats.csv", entete="id_menage,aide,date,issue,motif") -> Path:
    chemin = tmp_path / nom
    chemin.write_text("\n".join([entete, *lignes]) + "\n", encoding="utf-8")
    return chemin


def _un_contacte(liste):
    return liste[liste["groupe"] == "contacte"].iloc[0]


def _un_temoin(liste):
    return liste[liste["groupe"] == "temoin"].iloc[0]


def test_un_fichier_importe_deux_fois_ne_change_rien_la_seconde_fois(base, campagne, tmp_path):
    c, t = _un_contacte(campagne), _un_temoin(campagne)
    fichier = _fichier(tmp_path, [
        f"{c.id_menage},{c.aide},2026-11-20,information_donnee,non_connaissance",
        f"{c.id_menage},{c.aide},05/12/2026,demande_deposee,",
        f"{c.id_menage},{c.aide},2026-12-05,demande_deposee,",  # the same outcome twice: recorded once
        f"{t.id_menage},{t.aide},2027-01-10,droit_ouvert,",
    ])
    premier = resultats.importer(base, "essai", fichier)
    avant = _contenu(base)
    second = resultats.importer(base, "essai", fichier)

    assert (premier.ajoutees, premier.deja_presentes) == (3, 0)
    assert (second.ajoutees, second.modifiees, second.deja_presentes) == (0, 0, 3)
    assert _contenu(base) == avant


def test_un_motif_corrige_est_mis_a_jour_sans_doublon(base, campagne, tmp_path):
    c = _un_contacte(campagne)
    resultats.importer(base, "essai", _fichier(tmp_path, [f"{c.id_menage},{c.aide},2026-11-20,refus,non_demande"], "a.csv"))
    fait = resultats.importer(base, "essai", _fichier(tmp_path, [f"{c.id_menage},{c.aide},2026-11-20,refus,non_reception"], "b.csv"))
    assert fait.modifiees == 1
    with base.lecture() as connexion:
        assert connexion.execute(select(modele.issues.c.motif)).scalars().all() == ["non_reception"]


LIGNES_FAUTIVES = [
    ("M_inconnu,{aide},2026-11-20,refus,", "id_menage", "le ménage « M_inconnu » n'est pas dans la campagne « essai »."),
    (",{aide},2026-11-20,refus,", "id_menage", "l'identifiant est vide."),
    ("{id},pass_paris_senior,2026-11-20,refus,", "aide", "« pass_paris_senior » n'est pas une aide du catalogue ; vouliez-vous dire « pass_paris_seniors » ?"),
    ("{id},{autre_aide},2026-11-20,refus,", "aide", "l'aide « {autre_aide} » n'a pas été retenue pour le ménage « {id} » dans la campagne « essai »."),
    ("{id},{aide},2026-13-01,refus,", "date", "« 2026-13-01 » n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)."),
    ("{id},{aide},2026-10-31,refus,", "date", "le 31/10/2026 est en dehors de la campagne « essai » (du 01/11/2026 au 31/10/2027)."),
    ("{id},{aide},2027-11-01,refus,", "date", "le 01/11/2027 est en dehors de la campagne « essai » (du 01/11/2026 au 31/10/2027)."),
    ("{id},{aide},2026-11-20,droit_ouvet,", "issue", "« droit_ouvet » n'est pas une issue connue (valeurs possibles : non_joint, information_donnee, refus, "
     "demande_deposee, droit_ouvert, demande_rejetee) ; vouliez-vous dire « droit_ouvert » ?"),
    ("{id},{aide},2026-11-20,refus,oubli", "motif", "« oubli » n'est pas un motif connu (valeurs possibles : non_connaissance, non_demande, non_reception, non_proposition)."),
    ("{temoin},{aide_temoin},2026-11-20,information_donnee,", "issue", "le ménage « {temoin} » est du groupe témoin, qui n'est pas contacté : seules les issues "
     "droit_ouvert et demande_rejetee (données administratives) sont admises, pas « information_donnee »."),
    ("{temoin},{aide_temoin},2026-11-20,droit_ouvert,non_demande", "motif", "le ménage « {temoin} » est du groupe témoin : aucun motif ne peut avoir été recueilli auprès de lui."),
]


@pytest.mark.parametrize("gabarit,colonne,clause", LIGNES_FAUTIVES, ids=[c for _, c, _ in LIGNES_FAUTIVES])
def test_une_ligne_fautive_est_nommee_et_rien_n_est_importe(sqlite, analyse, tmp_path, gabarit, colonne, clause):
    creation.creer(sqlite, "essai", analyse=analyse, graine=4)
    liste = export.liste(sqlite, "essai", avec_temoins=True)
    c, t = _un_contacte(liste), _un_temoin(liste)
    autre_aide = next(a for a in ("paris_jeunes_vacances", "pass_paris_seniors", "paris_energie_familles") if a != c.aide)
    valeurs = {"id": c.id_menage, "aide": c.aide, "temoin": t.id_menage, "aide_temoin": t.aide, "autre_aide": autre_aide}
    bonne = f"{c.id_menage},{c.aide},2026-11-20,information_donnee,non_connaissance"
    fichier = _fichier(tmp_path, [bonne, bonne, gabarit.format(**valeurs)])

    with pytest.raises(ErreurEntree) as erreur:
        resultats.importer(sqlite, "essai", fichier)
    assert erreur.value.message == f"Fichier « resultats.csv », ligne 3, colonne « {colonne} » : {clause.format(**valeurs)}"
    assert (erreur.value.ligne, erreur.value.champ) == (3, colonne)
    assert _issues(sqlite) == 0


@pytest.mark.parametrize(
    "entete,message",
    [
        ("id_menage,aide,date", "Fichier « resultats.csv » : la colonne obligatoire « issue » manque."),
        ("id_menage,aide,date,issue,motifs", "Fichier « resultats.csv », colonne « motifs » : colonne inconnue (colonnes possibles : "
         "id_menage, aide, date, issue, motif) ; vouliez-vous dire « motif » ?"),
    ],
)
def test_un_fichier_mal_forme_est_refuse(sqlite, analyse, tmp_path, entete, message):
    creation.creer(sqlite, "essai", analyse=analyse, graine=4)
    with pytest.raises(ErreurEntree) as erreur:
        resultats.importer(sqlite, "essai", _fichier(tmp_path, [], entete=entete))
    assert erreur.value.message == message


def _grand_fichier(liste, tmp_path) -> Path:
    """One outcome for every contacted household and aid: several INSERT statements of 500 rows."""
    contactes = liste[liste["groupe"] == "contacte"]
    lignes = [f"{m},{a},2026-11-{j:02d},non_joint," for m, a in zip(contactes["id_menage"], contactes["aide"], strict=True) for j in (2, 3)]
    assert len(lignes) > 2 * resultats.TAILLE_PAQUET
    return _fichier(tmp_path, lignes, "grand.csv")


def test_un_import_interrompu_au_milieu_laisse_la_base_inchangee(base, campagne, tmp_path):
    fichier = _grand_fichier(campagne, tmp_path)
    avant = _contenu(base)
    insertions = []

    def interrompre(connexion, curseur, requete, parametres, contexte, plusieurs):
        if requete.lstrip().upper().startswith("INSERT INTO ISSUES"):
            insertions.append(requete)
            if len(insertions) == 2:  # the first 500 rows are already written in the transaction
                raise KeyboardInterrupt

    event.listen(base.moteur, "before_cursor_execute", interrompre)
    try:
        with pytest.raises(KeyboardInterrupt):
            resultats.importer(base, "essai", fichier)
    finally:
        event.remove(base.moteur, "before_cursor_execute", interrompre)
    assert len(insertions) == 2
    assert _contenu(base) == avant


SCRIPT_TUE = """
import sys, time
from sqlalchemy import event
from paris_droits.campagnes import base, resultats
ouverte = base.ouvrir(sys.argv[1])
vues = []
def pause(connexion, curseur, requete, *autres):
    if requete.lstrip().upper().startswith("INSERT INTO ISSUES"):
        vues.append(1)
        if len(vues) == 2:
            print("milieu", flush=True)
            time.sleep(60)
event.listen(ouverte.moteur, "after_cursor_execute", pause)
resultats.importer(ouverte, "essai", sys.argv[2])
"""


def test_un_import_tue_au_milieu_laisse_la_base_inchangee(base, url_base, campagne, tmp_path):
    fichier = _grand_fichier(campagne, tmp_path)
    avant = _contenu(base)
    processus = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SCRIPT_TUE), url_base, str(fichier)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ICI.parents[1])},
    )
    try:
        assert processus.stdout.readline() == "milieu\n", processus.stderr.read()
        os.kill(processus.pid, signal.SIGKILL)  # 1 000 rows inserted, not committed
    finally:
        processus.wait(timeout=30)
    assert _contenu(base) == avant
    assert resultats.importer(base, "essai", fichier).ajoutees > 0  # the store is usable afterwards


def test_le_suivi_refuse_un_echantillon_anterieur_a_la_campagne_ou_sans_mois(sqlite, analyse, dossier_echantillon, tmp_path):
    creation.creer(sqlite, "essai", analyse=analyse, graine=4)
    with pytest.raises(ErreurEntree) as erreur:
        suivi.suivre(sqlite, "essai", dossier_echantillon)  # its echantillon.json says 2026-11
    assert erreur.value.message == "L'échantillon de suivi décrit 2026-11 : il doit être postérieur au mois de la campagne « essai » (2026-11)."
    sans_mois = tmp_path / "sans_mois"
    sans_mois.mkdir()
    for nom in ("menages.parquet", "individus.parquet"):
        (sans_mois / nom).write_bytes((dossier_echantillon / nom).read_bytes())
    with pytest.raises(ErreurEntree, match=r"Le mois de l'échantillon .* est inconnu : indiquez-le avec --periode AAAA-MM"):
        suivi.suivre(sqlite, "essai", sans_mois)


def test_le_suivi_du_meme_mois_remplace_le_precedent(sqlite, analyse, dossier_echantillon):
    creation.creer(sqlite, "essai", analyse=analyse, graine=4)
    premier = suivi.suivre(sqlite, "essai", dossier_echantillon, periode="2027-01")
    second = suivi.suivre(sqlite, "essai", dossier_echantillon, periode="2027-01")
    with sqlite.lecture() as connexion:
        lignes = connexion.execute(select(func.count()).select_from(modele.suivis)).scalar_one()
    assert premier == second and lignes == premier.observes
    # The sample they were drawn from: nobody of the outreach list received the aid.
    assert premier.percoivent == {"contacte": 0, "temoin": 0}
