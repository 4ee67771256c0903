"""The non-recourse report: plotted values (read from the matplotlib Axes) equal the tables under the charts
and the JSON; the synthetic-sample banner comes first; discretionary aids carry their upper-bound caveat."""

from __future__ import annotations

import dataclasses
import html

import numpy as np
import pytest

from paris_droits.non_recours import estimation as non_recours
from paris_droits.rapports import non_recours as rapport

pytestmark = pytest.mark.xdist_group("rapport_non_recours")  # the report is drawn once, on one worker


@pytest.fixture(scope="module")
def cas(analyse):
    estimation = non_recours.estimer(analyse=analyse, replicats=100, par=("qpv",))
    sections = {g.identifiant: (g, t) for g, t in rapport.sections_html(estimation)}
    return estimation, sections, rapport.html_rapport(estimation), estimation.en_dict()


def _largeurs(ax) -> np.ndarray:
    return np.array([barre.get_width() for barre in ax.patches])


def _intervalles(ax):
    return [(float(min(s[:, 0])), float(max(s[:, 0]))) for s in ax.collections[0].get_segments()]


def test_les_montants_non_reclames_traces_egalent_le_tableau_et_le_json(cas, tableaux_html, nombre_fr):
    estimation, sections, page, json_ = cas
    g, _ = sections["montants_aides"]
    ax = g.figure.axes[0]
    par_libelle = {objet["libelle"]: objet for objet in json_.values()}
    lignes = tableaux_html(page)["donnees-montants_aides"][1:]
    largeurs = _largeurs(ax)
    assert len(lignes) == len(largeurs) == sum(r.observe for r in estimation.aides)
    assert (largeurs >= 0).all() and list(largeurs) == sorted(largeurs, reverse=True)
    for largeur, (bas, haut), ligne in zip(largeurs, _intervalles(ax), lignes, strict=True):
        objet = par_libelle[ligne[0].removesuffix(" (max.)")]
        assert ligne[0].endswith(" (max.)") == objet["montant_maximal"]
        assert largeur == pytest.approx(objet["montant_non_reclame_annuel"], abs=0.01)
        assert nombre_fr(ligne[1]) == pytest.approx(largeur, abs=0.5)
        assert (bas, haut) == pytest.approx(tuple(objet["ic95_montant_non_reclame_annuel"]), abs=0.01)
        assert (nombre_fr(ligne[2]), nombre_fr(ligne[3])) == pytest.approx((bas, haut), abs=0.5)


def test_les_taux_traces_egalent_le_tableau_et_le_json_et_les_petits_effectifs_sont_hachures(cas, tableaux_html, nombre_fr):
    _, sections, page, json_ = cas
    g, _ = sections["taux"]
    ax = g.figure.axes[0]
    par_libelle = {objet["libelle"]: objet for objet in json_.values()}
    lignes = {ligne[0].removesuffix(" (max.)"): ligne for ligne in tableaux_html(page)["donnees-taux"][1:]}
    for barre, libelle, (bas, haut) in zip(ax.patches, g.donnees["libelle"], _intervalles(ax), strict=True):
        objet = par_libelle[libelle]
        assert barre.get_width() == pytest.approx(objet["taux_non_recours"], abs=1e-4)
        assert (bas, haut) == pytest.approx(tuple(objet["ic95"]), abs=1e-4)
        assert nombre_fr(lignes[libelle][3]) == pytest.approx(100 * objet["taux_non_recours"], abs=0.05)
        assert (barre.get_hatch() == "////") == objet["effectif_insuffisant"] == lignes[libelle][3].endswith("*")
    # The planted rates of the synthetic sample are drawn as diamonds at their value.
    plantes = ax.collections[-1].get_offsets()[:, 0]
    np.testing.assert_allclose(plantes, [par_libelle[x]["taux_non_recours_plante"] for x in g.donnees["libelle"]])


def test_les_arrondissements_font_le_total_et_portent_leur_intervalle(cas, tableaux_html, nombre_fr):
    estimation, sections, page, _ = cas
    g, _ = sections["arrondissements"]
    largeurs = _largeurs(g.figure.axes[0])
    assert largeurs.sum() == pytest.approx(estimation.montant_non_reclame_total, rel=1e-9)
    lignes = tableaux_html(page)["donnees-arrondissements"][1:]
    assert [ligne[0] for ligne in lignes][:2] == ["1er arrondissement", "2e arrondissement"]
    for largeur, ligne, (bas, haut) in zip(largeurs, lignes, _intervalles(g.figure.axes[0]), strict=True):
        assert nombre_fr(ligne[1]) == pytest.approx(largeur, abs=0.5)
        assert bas <= largeur <= haut
    bas, haut = estimation.ic95_montant_total
    assert bas < estimation.montant_non_reclame_total < haut


def test_le_bandeau_synthetique_ouvre_le_rapport_et_disparait_sur_un_echantillon_reel(cas):
    estimation, _, page, _ = cas
    assert page.index('class="bandeau"') < page.index("<h1>Non-recours aux aides de la Ville de Paris — novembre 2026</h1>")
    reel = rapport.html_rapport(dataclasses.replace(estimation, verite=None))
    assert 'class="bandeau"' not in reel and "<h1>Non-recours" in reel


def test_les_aides_discretionnaires_portent_leur_reserve_de_borne_haute_comme_dans_le_terminal(cas):
    estimation, _, page, _ = cas
    assert any(r.montant_jusqu_a and r.observe for r in estimation.aides)
    assert "montant maximal" in page and "borne haute" in page
    assert "(max.) : aide discrétionnaire dont le montant calculé est un maximum" in rapport.texte(estimation)
    assert "d'aides discrétionnaires au montant maximal (majorant)" in html.unescape(page)


def test_l_estimation_se_lit_dans_un_dataframe(cas):
    estimation, *_ = cas
    table = estimation.en_dataframe()
    assert list(table["slug"]) == [r.slug for r in estimation.aides]
    assert {"taux_non_recours", "ic95_bas", "ic95_haut", "montant_non_reclame_annuel", "montant_maximal"} <= set(table.columns)
    par_qpv = estimation.en_dataframe("qpv")
    assert set(par_qpv["qpv"]) == {"qpv", "hors_qpv"}
    assert par_qpv.groupby("slug")["eligibles"].sum().to_dict() == pytest.approx(table.set_index("slug")["eligibles"].to_dict(), abs=0.2)


def test_un_echantillon_sans_perception_observee_donne_un_rapport_sans_graphique_invente(cas, tableaux_html):
    estimation, *_ = cas
    sans = dataclasses.replace(
        estimation, verite=None, aides=[dataclasses.replace(r, observe=False, taux_plante=None) for r in estimation.aides],
        non_reclame_par_arrondissement=[], ic95_montant_total=None,
    )
    page = rapport.html_rapport(sans)
    assert tableaux_html(page)["donnees-montants_aides"][1:] == []
    assert all(ligne[2] == "non observé" for ligne in tableaux_html(page)["donnees-taux"][1:])
