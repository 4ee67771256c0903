"""Free school canteen for the first two QF tranches, other tariffs frozen.

Current rule: every meal is billed at the tariff of the family's QF tranche, from
0.13 € (tranche 1) and 0.85 € (tranche 2) to 7 € (tranche 10) — délibération of
December 2014, prices unchanged since (Mairie du 20e, 8 February 2023).

Reformed rule: from the reform date (rentrée 2026), meals of tranches 1 and 2 are
free; the tariffs of tranches 3 to 10 are frozen at their level on that date (any
later revaluation is cancelled). Bounds are unchanged.

Source: the City's policy plan, « gratuité de la cantine pour les 2 premières
tranches et gel des autres tranches » (scenario, not law: no délibération found).
Scenario parameters: reforms/parametres/cantine_gratuite_tranches_1_2.yaml.
"""

from openfisca_core.model_api import Reform

from paris_droits.regles.reformes import charger_parametres_scenario, figer_a_partir_de


class cantine_gratuite_tranches_1_2(Reform):
    name = "Cantine gratuite pour les tranches 1 et 2, autres tarifs gelés"

    def apply(self):
        self.modify_parameters(modifier_parametres)


def modifier_parametres(parametres):
    scenario = charger_parametres_scenario("cantine_gratuite_tranches_1_2")
    date_effet = str(scenario.date_effet("2026-09-01"))
    gratuites = int(scenario.nombre_tranches_gratuites(date_effet))
    for rang, tranche in enumerate(parametres.restauration_scolaire.tarifs.brackets):
        figer_a_partir_de(tranche.amount, date_effet, 0 if rang < gratuites else None)
    return parametres
