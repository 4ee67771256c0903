"""Stronger targeting of single-parent families (scenario).

Current rule: Paris Logement Familles Monoparentales pays 150 € a month up to the
SMIC-based first ceiling and 128 € up to 1 600 € of declared income (RM2019 IV 2.2,
annex of 1 November 2019); Paris Énergie Familles gives its higher ceiling (5 000 €)
and amount (275 €) only to families with three children or more, or a disabled
child (RM2019 IV 2.4).

Reformed rule: from 1 January 2027, the PLFM ceiling rises to 1 800 € and its
amounts to 170 € and 150 €; every single parent gets Paris Énergie Familles at the
three-children level (higher ceiling and amount).

Source: the City's policy plan, "mieux cibler les aides de la ville sur les familles
monoparentales, les jeunes et les aidants"; the 1 800 € ceiling was proposed by the
Conseil de Paris mission on single-parent families in 2011. Every figure is a
scenario (reforms/parametres/familles_monoparentales_renforcees.yaml), not law.
"""

from openfisca_core.model_api import MONTH, Reform, Variable

from paris_droits.regles import Menage
from paris_droits.regles.reformes import charger_parametres_scenario, figer_a_partir_de

_SCENARIO = charger_parametres_scenario("familles_monoparentales_renforcees")
_DATE_EFFET = str(_SCENARIO.date_effet("2027-01-01"))


class paris_energie_familles_majoration(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Énergie Familles : trois enfants ou plus, un enfant handicapé, ou (scénario) un parent isolé"
    reference = "Scénario familles monoparentales renforcées (reforms/familles_monoparentales_renforcees.py)"

    def formula(menage, period, parameters):
        seuil = parameters(period).familles.paris_energie_familles.nombre_enfants_majoration
        nombreuse = menage("nombre_enfants_a_charge", period) >= seuil
        handicap = menage("nombre_enfants_handicapes", period) > 0
        parent_isole_majore = _SCENARIO(period.start).pef_parent_isole_majore * menage("parent_isole", period)
        return nombreuse + handicap + parent_isole_majore


def modifier_parametres(parametres):
    plfm = parametres.familles.paris_logement_familles_monoparentales
    valeurs = _SCENARIO(_DATE_EFFET)
    figer_a_partir_de(plfm.plafond_ressources, _DATE_EFFET, valeurs.plfm_plafond_ressources)
    figer_a_partir_de(plfm.montant_majore, _DATE_EFFET, valeurs.plfm_montant_majore)
    figer_a_partir_de(plfm.montant, _DATE_EFFET, valeurs.plfm_montant)
    return parametres


class familles_monoparentales_renforcees(Reform):
    name = "Familles monoparentales renforcées : PLFM relevée, Paris Énergie Familles au niveau 3 enfants (scénario)"

    def apply(self):
        self.update_variable(paris_energie_familles_majoration)
        self.modify_parameters(modifier_parametres)
