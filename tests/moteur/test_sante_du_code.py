"""Code-health tests: they fail the build when the rules lose their sources or their shape."""

from pathlib import Path

import pytest
from openfisca_core.parameters import ParameterNode

from paris_droits.regles import chemins, controles

PLAFOND_SANS_REFERENCE = """\
description: Un plafond dont la source a été oubliée.
metadata:
  label: Plafond sans référence
  unit: currency-EUR
  date_verification: 2026-11-22
values:
  2020-01-01: {value: 1000}
"""

BAREME_SANS_TYPE = """\
description: Une grille de montants à laquelle manque le type single_amount.
metadata:
  label: Grille sans type
  unit: currency-EUR
  reference:
    - title: Exemple
  date_verification: 2026-11-22
brackets:
  - threshold: {2020-01-01: {value: 0}}
    amount: {2020-01-01: {value: 10}}
  - threshold: {2020-01-01: {value: 100}}
    amount: {2020-01-01: {value: 20}}
"""


@pytest.fixture
def parametres_defectueux(tmp_path):
    dossier = tmp_path / "parametres" / "exemple"
    dossier.mkdir(parents=True)
    (dossier / "plafond_sans_reference.yaml").write_text(PLAFOND_SANS_REFERENCE, encoding="utf-8")
    (dossier / "bareme_cumulatif.yaml").write_text(BAREME_SANS_TYPE, encoding="utf-8")
    return tmp_path / "parametres"


def test_chaque_variable_a_un_label_et_une_reference(tbs):
    assert controles.controler_variables(tbs) == []


def test_chaque_parametre_a_description_label_unite_reference_et_date_de_verification():
    assert controles.controler_fichiers_parametres() == []


def test_un_parametre_sans_reference_fait_echouer_le_controle(parametres_defectueux):
    defauts = controles.controler_fichiers_parametres(parametres_defectueux)
    assert "Le paramètre « exemple/plafond_sans_reference.yaml » n'a pas de metadata.reference." in defauts


def test_une_grille_de_montants_sans_type_single_amount_fait_echouer_le_controle(parametres_defectueux):
    defauts = controles.controler_fichiers_parametres(parametres_defectueux)
    assert any("bareme_cumulatif.yaml" in d and "single_amount" in d for d in defauts)


def test_aucune_formule_ne_contient_de_nombre_autre_que_0_et_1_ni_de_if_ni_de_max_python():
    assert controles.controler_formules() == []
    assert controles.controler_formules(chemins.REFORMES) == []


def test_le_controle_des_formules_detecte_un_nombre_en_dur(tmp_path):
    (tmp_path / "aide.py").write_text(
        "from openfisca_core.model_api import Variable\n"
        "class aide(Variable):\n"
        "    def formula(menage, period):\n"
        "        return menage('loyer', period) * 0.3\n"
        "        if True: pass\n"
    )
    defauts = controles.controler_formules(tmp_path)
    assert any("0.3" in d for d in defauts)
    assert any("if" in d for d in defauts)


def test_une_variable_par_fichier_nomme_comme_sa_classe():
    assert controles.controler_disposition() == []


def test_tous_les_parametres_sont_definis_chaque_mois_de_fevrier_2016_a_decembre_2026(tbs):
    assert controles.balayer_dates(tbs.parameters) == []


def test_le_balayage_detecte_un_parametre_qui_commence_trop_tard(parametres_defectueux):
    (parametres_defectueux / "exemple" / "bareme_cumulatif.yaml").unlink()
    parametres = ParameterNode("", directory_path=str(parametres_defectueux))
    defauts = controles.balayer_dates(parametres)
    assert any("plafond_sans_reference" in d and "2016-02-01" in d for d in defauts)


GRILLE_REMPLACEE = """\
description: Une participation remplacée par la gratuité au 1er juin 2018.
metadata:
  type: single_amount
  label: Participation par tranche d'impôt
  unit: currency-EUR
  reference:
    - title: Exemple
  date_verification: 2026-12-06
{fin}brackets:
  - threshold: {{2016-02-01: {{value: 0}}, 2018-06-01: {{value: null}}}}
    amount: {{2016-02-01: {{value: 160}}, 2018-06-01: {{value: null}}}}
"""


@pytest.mark.parametrize(("fin", "defauts_attendus"), [("", 1), ("  fin_couverture: 2018-06-01\n", 0)])
def test_un_parametre_remplace_a_une_date_declare_sa_fin_de_couverture(tmp_path, fin, defauts_attendus):
    (tmp_path / "remplacee.yaml").write_text(GRILLE_REMPLACEE.format(fin=fin), encoding="utf-8")
    defauts = controles.balayer_dates(ParameterNode("", directory_path=str(tmp_path)))
    assert len(defauts) == defauts_attendus
    if defauts:
        assert "remplacee" in defauts[0] and "2018-06-01" in defauts[0]


def test_les_dossiers_variables_parametres_et_tests_se_correspondent():
    dossiers = {p.name for p in chemins.VARIABLES.iterdir() if p.is_dir() and not p.name.startswith("__")}
    for dossier in dossiers:
        assert (chemins.PARAMETRES / dossier).is_dir(), f"parameters/{dossier} manque"
        assert (Path(__file__).parent.parent / dossier).is_dir(), f"tests/{dossier} manque"


def test_les_parametres_du_paquet_se_chargent_sans_erreur(tbs):
    assert tbs.parameters.restauration_scolaire.tarifs is not None
    assert chemins.PARAMETRES.is_dir()
