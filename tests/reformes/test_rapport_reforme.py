"""The reform report tells the truth at a glance: for a reform that costs (canteen) and one that saves
(PLFM ceiling lowered), the plotted values (read from the matplotlib Axes), the HTML tables under the
charts and the JSON agree, signs included; savings and losses are drawn left of zero in their own colour."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from matplotlib.colors import to_hex

from paris_droits import reformes
from paris_droits.rapports import graphiques
from paris_droits.rapports import reforme as rapport
from paris_droits.rapports.pages import rendre

COUTE, ECONOMISE = "cantine_gratuite_tranches_1_2", "plafond_plfm_abaisse.yaml"


pytestmark = pytest.mark.xdist_group("rapport_reforme")  # each report is drawn once, on one worker

_CAS: dict = {}


@pytest.fixture(scope="module", params=[COUTE, ECONOMISE])
def cas(request, base_integree):
    """One comparison and one report per reform and per test process (pytest may set a parametrized
    fixture up again). The page is rendered from the very context html_rapport renders (contexte_rapport):
    the Axes the tests read are the figures whose SVG the page embeds, drawn once."""
    reforme = request.param
    if reforme not in _CAS:
        comparaison = reformes.comparer([reforme], base=base_integree)
        contexte = rapport.contexte_rapport(comparaison)
        sections = {g.identifiant: (g, t) for g, t in (contexte["cout"], contexte["aides"] or (None, None), *contexte["groupes"])
                    if g is not None}
        page = rendre("rapport_reforme.html", **contexte)
        _CAS[reforme] = reforme, comparaison, sections, page, comparaison.en_dict()
    return _CAS[reforme]


def _largeurs(ax) -> np.ndarray:
    return np.array([barre.get_width() for barre in ax.patches])


def _couleurs(ax) -> list[str]:
    return [to_hex(barre.get_facecolor()) for barre in ax.patches]


def _intervalles(ax) -> list[tuple[float, float]]:
    """(low, high) of each horizontal error bar, in row order."""
    segments = ax.collections[0].get_segments()
    return [(float(min(s[:, 0])), float(max(s[:, 0]))) for s in segments]


def _verifier_signes(ax, largeurs):
    couleurs = _couleurs(ax)
    for largeur, couleur in zip(largeurs, couleurs, strict=True):
        if largeur < 0:
            assert couleur == graphiques.BAISSE  # a saving or a loss has its own colour, left of zero
        elif largeur > 0:
            assert couleur == graphiques.HAUSSE
    etiquettes = [t.get_text() for t in ax.texts]
    for largeur, etiquette in zip(largeurs, etiquettes, strict=True):
        if largeur <= -0.5:
            assert etiquette.startswith("−"), etiquette
        elif largeur >= 0.5:
            assert etiquette.startswith("+"), etiquette


def test_le_cout_trace_egale_le_tableau_et_le_json_avec_son_signe_et_son_intervalle(cas, tableaux_html, nombre_fr):
    nom, _, sections, page, json_ = cas
    g, _ = sections["cout"]
    ax = g.figure.axes[0]
    largeurs = _largeurs(ax)
    attendu = [json_["cout_annuel_droits"], json_["cout_annuel_depense"]]
    np.testing.assert_allclose(largeurs, attendu, atol=0.01)
    assert (largeurs > 0).all() if nom == COUTE else (largeurs < 0).all()
    _verifier_signes(ax, largeurs)
    np.testing.assert_allclose(_intervalles(ax), [json_["ic95"]["cout_annuel_droits"], json_["ic95"]["cout_annuel_depense"]], atol=0.01)
    lignes = tableaux_html(page)["donnees-cout"][1:]
    for ligne, valeur, (bas, haut) in zip(lignes, attendu, _intervalles(ax), strict=True):
        assert nombre_fr(ligne[1]) == pytest.approx(valeur, abs=0.5)
        assert ligne[1][0] == ("+" if valeur > 0 else "−")
        assert nombre_fr(ligne[2]) == pytest.approx(bas, abs=0.5) and nombre_fr(ligne[3]) == pytest.approx(haut, abs=0.5)


def test_chaque_aide_est_tracee_avec_le_signe_de_sa_variation(cas, tableaux_html, nombre_fr):
    nom, _, sections, page, json_ = cas
    g, _ = sections["aides"]
    ax = g.figure.axes[0]
    largeurs = _largeurs(ax)
    par_libelle = {d["libelle"]: d for d in json_["par_aide"].values()}
    lignes = tableaux_html(page)["donnees-aides"][1:]
    assert len(lignes) == len(largeurs) == len(g.donnees)
    for largeur, ligne, (bas, haut) in zip(largeurs, lignes, _intervalles(ax), strict=True):
        d = par_libelle[ligne[0].removesuffix(" (max.)")]
        assert largeur == pytest.approx(d["cout_annuel_droits"], abs=0.01)
        assert nombre_fr(ligne[1]) == pytest.approx(largeur, abs=0.5)
        assert (bas, haut) == pytest.approx(tuple(d["ic95_cout_annuel_droits"]), abs=0.01)
        assert nombre_fr(ligne[4]) == pytest.approx(d["cout_annuel_depense"], abs=0.5)
    _verifier_signes(ax, largeurs)
    if nom == ECONOMISE:
        # PLFM loses, Paris Logement Familles takes over some of its households: both signs on one chart.
        assert (largeurs < 0).any() and (largeurs > 0).any()
        assert largeurs.sum() == pytest.approx(json_["cout_annuel_droits"], abs=1)
    else:
        assert (largeurs > 0).all()


@pytest.mark.parametrize("dimension", ["tranche_qf", "decile_niveau_de_vie", "type_menage", "arrondissement", "qpv"])
def test_gagnants_et_perdants_sont_traces_cote_a_cote_par_groupe(cas, dimension, tableaux_html, nombre_fr):
    nom, _, sections, page, json_ = cas
    g, _ = sections[dimension]
    groupes = json_["par_groupe"][dimension]
    gauche, droite = g.figure.axes[:2]
    n = len(groupes)
    largeurs = _largeurs(gauche)
    gagnants, perdants = largeurs[:n], largeurs[n:]
    np.testing.assert_allclose(gagnants, [x["gagnants"] for x in groupes], atol=0.01)
    np.testing.assert_allclose(perdants, [-x["perdants"] for x in groupes], atol=0.01)  # losers left of zero
    assert (gagnants >= 0).all() and (perdants <= 0).all()
    assert set(_couleurs(gauche)[:n]) <= {graphiques.HAUSSE} and set(_couleurs(gauche)[n:]) <= {graphiques.BAISSE}
    variation = _largeurs(droite)
    np.testing.assert_allclose(variation, [x["cout_annuel_droits"] for x in groupes], atol=0.01)
    lignes = tableaux_html(page)[f"donnees-{dimension}"][1:]
    for ligne, groupe in zip(lignes, groupes, strict=True):
        assert ligne[0] == groupe["libelle"]
        assert nombre_fr(ligne[2]) == pytest.approx(groupe["gagnants"], abs=0.5)
        assert nombre_fr(ligne[3]) == pytest.approx(groupe["perdants"], abs=0.5)
        assert nombre_fr(ligne[6]) == pytest.approx(groupe["cout_annuel_droits"], abs=0.5)
        # Mean gain and mean loss are « — » in a group without winners (losers).
        assert nombre_fr(ligne[4]) == (pytest.approx(groupe["gain_moyen_annuel"], abs=0.5) if groupe["gagnants"] else None)
        assert nombre_fr(ligne[5]) == (pytest.approx(groupe["perte_moyenne_annuelle"], abs=0.5) if groupe["perdants"] else None)
    if nom == ECONOMISE:
        assert (perdants < 0).any() and not (gagnants > 0).any() and (variation <= 0).all()
    else:
        assert (gagnants > 0).any() and not (perdants < 0).any() and (variation >= 0).all()


def test_les_deciles_de_niveau_de_vie_partagent_les_menages_en_dixiemes(cas):
    _, comparaison, *_ = cas
    deciles = comparaison.par_groupe["decile_niveau_de_vie"]
    assert [d.cle for d in deciles] == [f"D{k}" for k in range(1, 11)]
    parts = np.array([d.menages for d in deciles]) / comparaison.menages_ponderes
    assert parts.sum() == pytest.approx(1)
    np.testing.assert_allclose(parts, 0.1, atol=0.02)  # a tenth each, up to ties (households without resources)


def test_le_titre_donne_le_libelle_de_la_reforme_et_le_mois_et_le_bandeau_dit_l_echantillon_synthetique(cas):
    nom, comparaison, _, page, json_ = cas
    libelle = reformes.classe_reforme(nom).name
    assert json_["libelle"] == libelle and json_["echantillon_synthetique"] is True
    assert f"<h1>Réforme « {libelle.replace(chr(39), '&#39;')} » — novembre 2026</h1>" in page
    # The synthetic-sample banner comes first, before the title.
    assert page.index('class="bandeau"') < page.index("<h1>")
    assert "<script" not in page and "<link" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_les_chiffres_cles_portent_les_valeurs_du_json_en_attributs_de_donnees(cas):
    """What the reform page's browser test reads (data-cout-annuel-droits…): the JSON's rounded values."""
    _, _, _, page, json_ = cas
    bloc = re.search(r'<div class="chiffres" id="chiffres-cles"([^>]*)>', page).group(1)
    attributs = dict(re.findall(r' data-([a-z-]+)="([^"]*)"', bloc))
    assert {cle.replace("-", "_"): float(valeur) for cle, valeur in attributs.items()} == {
        cle: json_[cle] for cle in rapport.CHIFFRES_CLES}


def test_une_reforme_de_recours_trace_la_depense_plutot_que_des_droits_nuls(base_integree):
    comparaison = reformes.comparer(["aides_versement_automatique"], par=("qpv",), replicats=50, base=base_integree)
    sections = {g.identifiant: g for g, _ in rapport.graphiques_rapport(comparaison)}
    largeurs = _largeurs(sections["aides"].figure.axes[0])
    assert (largeurs > 0).all()
    depenses = {d["libelle"]: d["cout_annuel_depense"] for d in comparaison.en_dict()["par_aide"].values()}
    assert sorted(largeurs) == pytest.approx(sorted(v for v in depenses.values() if v), abs=0.01)


def test_le_json_de_la_ligne_de_commande_est_celui_du_rapport(cli, tmp_path, tableaux_html, nombre_fr):
    rapport_html = tmp_path / "economie.html"
    sortie = cli("reforme", "comparer", "--reforme", ECONOMISE, "--format", "json", "-o", str(rapport_html))
    json_ = json.loads(sortie.stdout)
    assert json_["cout_annuel_droits"] < 0 and json_["menages_perdants"] > 0
    lignes = tableaux_html(rapport_html.read_text(encoding="utf-8"))["donnees-cout"][1:]
    assert nombre_fr(lignes[0][1]) == pytest.approx(json_["cout_annuel_droits"], abs=0.5) and lignes[0][1].startswith("−")
    assert oct(rapport_html.stat().st_mode & 0o777) == "0o644"  # an aggregated report, not personal data


def test_la_comparaison_se_lit_dans_un_dataframe(cas):
    _, comparaison, *_ = cas
    aides = comparaison.en_dataframe()
    assert set(aides["slug"]) == set(comparaison.par_aide)
    ligne = aides.set_index("slug").loc["paris_logement_familles_monoparentales"]
    assert ligne["cout_annuel_droits"] == comparaison.par_aide["paris_logement_familles_monoparentales"]["cout_annuel_droits"]
    deciles = comparaison.en_dataframe("decile_niveau_de_vie")
    assert list(deciles["cle"]) == [f"D{k}" for k in range(1, 11)]
    assert deciles["cout_annuel_droits"].sum() == pytest.approx(comparaison.cout_annuel_droits, abs=1)
