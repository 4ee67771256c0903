"""Reform grids (paris_droits.reformes.grille, `paris-droits reforme comparer --grille`): each variant is
exactly the comparison of the same reform written alone; two parameters give their cross product; the
chart draws each variant's cost as the JSON and the table give it; a bad grid file is refused in French."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.interfaces.cli.principal import main
from paris_droits.lot.echantillon import Echantillon
from paris_droits.population.generateur import generer_population
from paris_droits.rapports import graphiques
from paris_droits.rapports import grille as rapport
from paris_droits.reformes.comparaison import comparer
from paris_droits.reformes.grille import comparer_grille
from paris_droits.regles.reformes import lire_grille

PERIODE = "2026-11"
PLAFOND = "familles.paris_logement_familles_monoparentales.plafond_ressources"
MONTANT = "familles.paris_logement_familles_monoparentales.montant_majore"
CLES_COMPARAISON = ("cout_annuel_droits", "cout_annuel_depense", "menages_gagnants", "menages_perdants", "gain_moyen_annuel",
                    "nouveaux_eligibles", "ic95", "taux_non_recours", "par_aide", "par_groupe")


def _grille(dossier: Path, texte: str, nom: str = "grille.yaml") -> Path:
    chemin = dossier / nom
    chemin.write_text(texte, encoding="utf-8")
    return chemin


@pytest.fixture(scope="module")
def echantillon():
    population = generer_population(3_000, 17, PERIODE)
    return Echantillon(population.menages, population.individus, periode=PERIODE)


@pytest.fixture(scope="module")
def croisee(echantillon, tmp_path_factory):
    fichier = _grille(tmp_path_factory.mktemp("g"), f"date: 2026-01-01\nparametres:\n  {PLAFOND}: [1500, 1600, 1800]\n  {MONTANT}: [150, 170]\n")
    return comparer_grille(fichier, echantillon, replicats=40)


def test_chaque_variante_est_la_comparaison_de_la_meme_reforme_ecrite_seule(croisee, echantillon, tmp_path):
    reforme = _grille(tmp_path, f"{PLAFOND}:\n  2026-01-01: 1800\n{MONTANT}:\n  2026-01-01: 150\n", "seule.yaml")
    seule = comparer([str(reforme)], echantillon, replicats=40).en_dict()
    variante = croisee.variantes[4].en_dict()
    assert variante["parametres"] == {PLAFOND: 1800, MONTANT: 150}
    differentes = {cle for cle in seule if seule[cle] != variante[cle]}
    assert differentes == {"reformes", "libelle"}  # the names only: every figure is the same


def test_deux_parametres_donnent_leur_produit_croise_et_la_valeur_en_vigueur_ne_coute_rien(croisee):
    points = [(v.parametres[PLAFOND], v.parametres[MONTANT]) for v in croisee.variantes]
    assert points == [(1500, 150), (1500, 170), (1600, 150), (1600, 170), (1800, 150), (1800, 170)]
    en_vigueur = croisee.variantes[2].comparaison  # 1 600 € and 150 €: the law in force from January 2026
    assert (en_vigueur.cout_annuel_droits, en_vigueur.menages_gagnants, en_vigueur.menages_perdants) == (0, 0, 0)
    couts = {point: v.comparaison.cout_annuel_droits for point, v in zip(points, croisee.variantes, strict=True)}
    assert couts[(1500, 150)] < 0 < couts[(1800, 150)] < couts[(1800, 170)]  # a lower ceiling saves, a higher one costs


def test_le_json_donne_les_variantes_avec_leurs_parametres_et_les_cles_d_une_comparaison(croisee):
    json_ = json.loads(json.dumps(croisee.en_dict(), ensure_ascii=False))
    assert json_["parametres"] == [PLAFOND, MONTANT] and json_["date"] == "2026-01-01" and json_["periode"] == PERIODE
    assert len(json_["variantes"]) == 6
    for variante in json_["variantes"]:
        assert set(variante["parametres"]) == {PLAFOND, MONTANT}
        assert set(CLES_COMPARAISON) <= set(variante)
    tableau = croisee.en_dataframe()
    assert list(tableau.columns[:3]) == [PLAFOND, MONTANT, "cout_annuel_droits"] and len(tableau) == 6


def test_le_graphique_trace_le_cout_de_chaque_variante_que_donnent_le_tableau_et_le_json(croisee, tableaux_html, nombre_fr):
    g, _ = rapport.graphique_cout(croisee)
    ax = g.figure.axes[0]
    marques = [c for c in ax.collections if isinstance(c, PathCollection)]  # the points (error bars are LineCollections)
    points = np.vstack([c.get_offsets() for c in marques])
    json_ = croisee.en_dict()["variantes"]
    attendus = sorted((v["parametres"][PLAFOND], v["cout_annuel_droits"]) for v in json_)
    np.testing.assert_allclose(sorted(map(tuple, points)), attendus, atol=0.01)
    for collection in marques:  # a saving is marked in its own colour, below zero
        for (_, cout), couleur in zip(collection.get_offsets(), collection.get_facecolors(), strict=True):
            assert to_hex(couleur) == (graphiques.BAISSE if cout < 0 else graphiques.HAUSSE)
    page = rapport.html_rapport(croisee)
    lignes = tableaux_html(page)["donnees-variantes"][1:]
    assert [(int(ligne[0]), int(ligne[1])) for ligne in lignes] == [(1500, 150), (1500, 170), (1600, 150), (1600, 170), (1800, 150), (1800, 170)]
    for ligne, variante in zip(lignes, json_, strict=True):
        assert nombre_fr(ligne[2]) == pytest.approx(variante["cout_annuel_droits"], abs=0.5)
        assert nombre_fr(ligne[3]) == pytest.approx(variante["ic95"]["cout_annuel_droits"][0], abs=0.5)
    assert "Coût annuel des droits selon plafond_ressources" in page


GRILLES_INVALIDES = [
    ("paramètre inconnu", f"date: 2026-01-01\nparametres:\n  {PLAFOND}s: [1600]\n",
     f"Dans « g.yaml », le paramètre « {PLAFOND}s » n'existe pas. Chemins proches : {PLAFOND}, {MONTANT}, "
     "familles.paris_logement_familles_monoparentales.montant."),
    ("valeur en texte", f"date: 2026-01-01\nparametres:\n  {PLAFOND}: [1600, mille]\n",
     f"Dans « g.yaml », « {PLAFOND} » attend un nombre (valeur en vigueur : 1600), pas « mille »."),
    ("valeurs sans liste", f"date: 2026-01-01\nparametres:\n  {PLAFOND}: 1600\n",
     f"Dans « g.yaml », « {PLAFOND} » doit donner une liste de valeurs, par exemple [1600, 1650, 1700]."),
    ("date mal formée", f"date: 2026-13-01\nparametres:\n  {PLAFOND}: [1600]\n",
     "Dans « g.yaml », la date « 2026-13-01 » de « date » doit être au format AAAA-MM-JJ."),
    ("date avant le paramètre", f"date: 2001-01-01\nparametres:\n  {PLAFOND}: [1600]\n",
     f"Dans « g.yaml », la date 2001-01-01 précède l'existence du paramètre « {PLAFOND} » (première valeur au 2012-01-01)."),
    ("trois paramètres", f"date: 2026-01-01\nparametres:\n  {PLAFOND}: [1]\n  {MONTANT}: [1]\n  familles.paris_forfait_familles.montant: [1]\n",
     "Dans « g.yaml », une grille balaie un ou deux paramètres, pas 3."),
    ("sans date", f"parametres:\n  {PLAFOND}: [1600]\n",
     "Le fichier de grille « g.yaml » doit donner « date » (AAAA-MM-JJ) et « parametres » (un ou deux chemins de paramètres, "
     "chacun avec sa liste de valeurs)."),
    ("clé inconnue", f"date: 2026-01-01\nparametre:\n  {PLAFOND}: [1600]\nparametres:\n  {PLAFOND}: [1600]\n",
     "Dans « g.yaml », la clé « parametre » est inconnue (clés possibles : date, parametres, libelle)."),
    ("trop de variantes", f"date: 2026-01-01\nparametres:\n  {PLAFOND}: {list(range(1000, 1021))}\n  {MONTANT}: {list(range(100, 120))}\n",
     "Dans « g.yaml », la grille compte 420 variantes ; la limite est 400."),
    ("montant négatif", f"date: 2026-01-01\nparametres:\n  {PLAFOND}: [-5]\n", f"Dans « g.yaml », « {PLAFOND} » ne peut pas être négatif (-5)."),
    ("YAML invalide", "date: [\n", "Le fichier de grille « g.yaml » n'est pas un YAML valide."),
]


@pytest.mark.parametrize(("genre", "contenu", "phrase"), GRILLES_INVALIDES, ids=[g[0] for g in GRILLES_INVALIDES])
def test_une_grille_invalide_est_refusee_en_une_phrase_avant_tout_calcul(tmp_path, monkeypatch, genre, contenu, phrase):
    fichier = _grille(tmp_path, contenu, "g.yaml")
    with pytest.raises(ErreurEntree) as erreur:
        lire_grille(fichier)
    assert str(erreur.value) == phrase
    monkeypatch.chdir(tmp_path)
    resultat = CliRunner().invoke(main, ["reforme", "comparer", "--grille", str(fichier)], prog_name="paris-droits")
    assert (resultat.exit_code, resultat.stderr) == (2, f"Erreur : {phrase}\n")


def test_la_commande_refuse_une_grille_et_une_reforme_ensemble():
    resultat = CliRunner().invoke(main, ["reforme", "comparer", "--grille", "g.yaml", "--reforme", "cantine_gratuite_tranches_1_2"])
    assert (resultat.exit_code, resultat.stderr) == (
        2, "Erreur : Indiquez soit une ou plusieurs réformes (--reforme NOM ou FICHIER.yaml), soit une grille (--grille FICHIER.yaml).\n"
    )


def test_une_grille_sur_un_bareme_trace_ses_variantes_dans_l_ordre_du_fichier(echantillon, tmp_path):
    """A scale's values are lists of amounts: the chart places them by rank and labels them in full."""
    tarifs = "restauration_scolaire.tarifs"
    fichier = _grille(tmp_path, f"date: 2026-09-01\nparametres:\n  {tarifs}:\n"
                                "    - [0, 0, 1.62, 2.28, 3.62, 4.61, 4.89, 5.10, 6.00, 7.00]\n"
                                "    - [0.13, 0.85, 1.62, 2.28, 3.62, 4.61, 4.89, 5.10, 6.00, 7.00]\n")
    resultat = comparer_grille(fichier, echantillon, replicats=20)
    donnees = rapport.donnees_cout(resultat)
    assert donnees["x"].tolist() == [0.0, 1.0]
    assert donnees["etiquette_x"].tolist()[1] == "[0.13, 0.85, 1.62, 2.28, 3.62, 4.61, 4.89, 5.1, 6, 7]"
    assert resultat.variantes[0].comparaison.cout_annuel_droits > resultat.variantes[1].comparaison.cout_annuel_droits >= 0
    assert "tarifs" in rapport.texte(resultat).splitlines()[4]
