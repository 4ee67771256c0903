"""The static dependency graph reads variable names passed to helpers too."""

from paris_droits.menage.dependances import dependances


def test_les_entrees_d_un_montant_passent_par_les_aides_au_calcul(tbs):
    entrees = dependances(tbs).entrees("paris_solidarite_montant")
    assert {"retraite_nette", "aah", "aspa"} <= entrees  # through selon_variante_paris_solidarite
    assert dependances(tbs).entrees("salaire_net") == {"salaire_net"}
