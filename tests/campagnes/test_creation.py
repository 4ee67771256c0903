"""Creating a campaign from the outreach list: the households and amounts of the list, a control group drawn
per household, stratified, reproducible from its seed; only pseudonymous ids stored; the contact list in
CSV and Excel."""

from __future__ import annotations

import stat

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import inspect, select

from paris_droits.campagnes import creation, export, modele, tirage
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.tableaux import FORMATS_NOMBRE
from paris_droits.non_recours import aller_vers


def _cibles(base):
    with base.lecture() as connexion:
        return pd.DataFrame(connexion.execute(select(modele.cibles)).mappings().all())


def test_la_campagne_reprend_la_liste_d_aller_vers_et_ses_montants(base, analyse):
    fait = creation.creer(base, "printemps", analyse=analyse, graine=1)
    cibles = _cibles(base)
    liste = aller_vers.liste(analyse=analyse)

    attendues = {(str(m), a) for m, aides in zip(liste["id_menage"], liste["aides"], strict=True) for a in aides.split(",")}
    assert set(zip(cibles["id_menage"], cibles["aide"], strict=True)) == attendues
    resultats = analyse.resultats.set_index(analyse.resultats["id_menage"].astype(str))
    for ligne in cibles.sample(40, random_state=0).itertuples():
        assert float(ligne.montant_annuel_attendu) == pytest.approx(resultats.loc[ligne.id_menage, f"{ligne.aide}_annuel"], abs=0.005)
        assert float(ligne.montant_mensuel_attendu) == pytest.approx(resultats.loc[ligne.id_menage, ligne.aide], abs=0.005)
    assert (cibles["periode"] == analyse.periode).all()
    assert fait.menages["contacte"] + fait.menages["temoin"] == len(liste)
    assert fait.campagne.graine == 1 and fait.campagne.part_temoin == 0.2


def test_un_menage_est_dans_le_meme_groupe_pour_toutes_ses_aides_et_la_part_de_temoins_vaut_la_part_demandee(sqlite, analyse):
    creation.creer(sqlite, "printemps", analyse=analyse, graine=2, part_temoin=0.25)
    cibles = _cibles(sqlite)

    assert (cibles.groupby("id_menage")["groupe"].nunique() == 1).all()
    menages = cibles.drop_duplicates("id_menage")
    # Each stratum holds floor or ceil of 25 % of its households.
    par_strate = menages.groupby("strate")["groupe"].agg(n="size", temoins=lambda g: (g == "temoin").sum())
    assert ((par_strate["temoins"] >= np.floor(0.25 * par_strate["n"])) & (par_strate["temoins"] <= np.ceil(0.25 * par_strate["n"]))).all()
    assert (menages["groupe"] == "temoin").mean() == pytest.approx(0.25, abs=0.03)


def test_le_tirage_est_reproductible_avec_sa_graine_et_change_avec_elle():
    ids = np.array([f"M{i}" for i in range(500)])
    strates = np.where(np.arange(500) % 3 == 0, "a|01", "b|02")
    premier = tirage.tirer_temoins(ids, strates, 0.2, 7)
    melange = np.random.default_rng(0).permutation(500)  # the order of the list does not matter
    assert (tirage.tirer_temoins(ids[melange], strates[melange], 0.2, 7) == premier[melange]).all()
    assert (tirage.tirer_temoins(ids, strates, 0.2, 8) != premier).any()


def test_chaque_menage_a_la_meme_probabilite_d_etre_temoin_quelle_que_soit_sa_strate():
    # Strata of 3 households: floor(0.6) = 0 controls, plus one with probability 0.6.
    ids = np.array([f"M{i:03d}" for i in range(300)])
    strates = np.array([f"s{i // 3}" for i in range(300)])
    frequences = np.mean([tirage.tirer_temoins(ids, strates, 0.2, graine) for graine in range(200)], axis=0)
    assert frequences.mean() == pytest.approx(0.2, abs=0.01)
    assert np.abs(frequences - 0.2).max() < 0.13  # 200 draws: standard error 0.028 per household


def test_les_filtres_aide_arrondissement_et_qpv_restreignent_la_campagne(sqlite, analyse):
    base = sqlite
    creation.creer(base, "seniors_11e", analyse=analyse, graine=3, aides=["pass_paris_seniors"], arrondissements=[11, 20])
    cibles = _cibles(base)
    assert set(cibles["aide"]) == {"pass_paris_seniors"}
    assert set(cibles["arrondissement"]) <= {11, 20} and len(cibles) > 0

    creation.creer(base, "qpv", analyse=analyse, graine=3, qpv=True)
    qpv = analyse.resultats.set_index(analyse.resultats["id_menage"].astype(str))["qpv"]
    with base.lecture() as connexion:
        ids = connexion.execute(select(modele.cibles.c.id_menage).join(modele.campagnes).where(modele.campagnes.c.nom == "qpv")).scalars().all()
    assert len(ids) > 0 and qpv.loc[ids].all()


def test_seuls_des_identifiants_pseudonymes_sont_enregistres(sqlite, analyse):
    base = sqlite
    creation.creer(base, "printemps", analyse=analyse, graine=1)
    colonnes = {t: {c["name"] for c in inspect(base.moteur).get_columns(t)} for t in ("campagnes", "cibles", "issues", "suivis")}
    assert colonnes["cibles"] == {
        "id", "campagne_id", "id_menage", "aide", "groupe", "strate", "arrondissement", "montant_mensuel_attendu",
        "montant_annuel_attendu", "periode",
    }
    assert colonnes["issues"] == {"id", "cible_id", "date", "issue", "motif", "importe_le"}
    assert colonnes["suivis"] == {"id", "cible_id", "periode", "percoit", "importe_le"}


@pytest.mark.parametrize(
    "options,message",
    [
        ({"aides": ["pass_paris_senior"]}, "Le champ « aide » vaut « pass_paris_senior », une aide inconnue du catalogue. Vouliez-vous dire « pass_paris_seniors » ?"),
        ({"arrondissements": [21]}, "Le champ « arrondissement » doit être un numéro de 1 à 20, pas « 21 »."),
        ({"part_temoin": 1.0}, "Le champ « temoin » doit être une part strictement comprise entre 0 et 1, pas « 1.0 »."),
        ({"aides": ["allocation_naissance_multiple"], "arrondissements": [1]}, "Aucun ménage de la liste d'aller-vers ne correspond aux critères de la campagne."),
    ],
)
def test_des_options_invalides_sont_refusees_en_francais_sans_rien_ecrire(sqlite, analyse, options, message):
    with pytest.raises(ErreurEntree) as erreur:
        creation.creer(sqlite, "essai", analyse=analyse, graine=1, **options)
    assert erreur.value.message == message
    assert len(_cibles(sqlite)) == 0


def test_un_nom_deja_pris_ou_mal_forme_est_refuse(sqlite, analyse):
    creation.creer(sqlite, "essai", analyse=analyse, graine=1)
    with pytest.raises(ErreurEntree, match="La campagne « essai » existe déjà : choisissez un autre nom, ou supprimez-la d'abord"):
        creation.creer(sqlite, "essai", analyse=analyse, graine=1)
    with pytest.raises(ErreurEntree, match="Le champ « nom » doit être un nom de campagne"):
        creation.creer(sqlite, "été 2026", analyse=analyse, graine=1)


def test_la_liste_des_contacts_csv_ne_contient_que_les_contactes_sauf_avec_les_temoins(sqlite, analyse, tmp_path):
    creation.creer(sqlite, "essai", analyse=analyse, graine=1)
    contacts = export.ecrire(export.liste(sqlite, "essai"), tmp_path / "liste.csv")
    complete = export.ecrire(export.liste(sqlite, "essai", avec_temoins=True), tmp_path / "complete.csv")

    lue = pd.read_csv(contacts, dtype={"id_menage": str})
    assert list(lue.columns) == ["id_menage", "aide", "groupe", "montant_annuel_attendu"]
    assert set(lue["groupe"]) == {"contacte"}
    assert set(pd.read_csv(complete)["groupe"]) == {"contacte", "temoin"}
    assert len(pd.read_csv(complete)) == len(_cibles(sqlite))
    totaux = lue.groupby("id_menage", sort=False)["montant_annuel_attendu"].sum()
    assert (np.diff(totaux.to_numpy()) <= 1e-9).all()  # most valuable household first
    assert stat.S_IMODE(contacts.stat().st_mode) == 0o600
    assert contacts.read_bytes().count(b"\r\n") == len(lue) + 1  # RFC 4180


def test_la_liste_excel_a_des_titres_francais_des_euros_et_un_en_tete_fige(sqlite, analyse, tmp_path):
    from openpyxl import load_workbook

    creation.creer(sqlite, "essai", analyse=analyse, graine=1, aides=["pass_paris_seniors", "paris_solidarite"])
    table = export.liste(sqlite, "essai")
    table.loc[0, "id_menage"] = "=HYPERLIEN(\"http://x\")"  # a hostile id stays text
    chemin = export.ecrire(table, tmp_path / "liste.xlsx")

    feuille = load_workbook(chemin).active
    assert [c.value for c in feuille[1]] == ["Identifiant du ménage", "Aide (code)", "Aide", "Groupe", "Montant annuel attendu"]
    assert feuille.freeze_panes == "A2"
    assert feuille["E2"].number_format == FORMATS_NOMBRE["euros"]
    assert feuille["E2"].value == pytest.approx(table.loc[0, "montant_annuel_attendu"])
    assert feuille["A2"].data_type == "s" and feuille["A2"].value.startswith("'=")
    assert feuille["D2"].value == "à contacter"
    assert feuille.max_row == len(table) + 1
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600


def test_une_liste_dans_un_autre_format_est_refusee(tmp_path):
    with pytest.raises(ErreurEntree, match=r"Le fichier de sortie « liste.xls » doit se terminer par \.csv ou \.xlsx\."):
        export.verifier_chemin(tmp_path / "liste.xls")
