"""Tranche d'imposition A à E des services du Centre d'action sociale (rang 1 à 5)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, montant_de_la_tranche, tranche_par_bornes_hautes


class tranche_imposition_casvp(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Tranche d'imposition des services du CASVP : 1 = A (Paris Solidarité ou Complément Santé Paris), 2 = B, 3 = C, 4 = D, 5 = E selon l'impôt sur le revenu"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II et III, chap. 3 et 4 (participation selon l'imposition)",
        "Annexe au règlement municipal, 1er novembre 2019, II et III 3.3, 3.4, 4.1 à 4.4 (tranches A à E)",
    ]
    unit = "/1"
    documentation = """
    Tranche A: the household receives (here: would be granted this month) Paris Solidarité or the
    Complément Santé Paris. Otherwise the income tax of the last notice places it in B to E
    (parameter communs.tranches_imposition_casvp, upper bounds inclusive). Some services widen
    tranche A (restaurants Émeraude, port de repas): their own tranche variable does it.
    """

    def formula(menage, period, parameters):
        bareme = parameters(period).communs.tranches_imposition_casvp
        impot = menage("impot_revenu", period.last_month)
        rang_selon_impot = montant_de_la_tranche(bareme, tranche_par_bornes_hautes(bareme, impot))
        tranche_a = (menage("paris_solidarite", period) > 0) + (menage("complement_sante_paris", period) > 0)
        return where(tranche_a, 1, rang_selon_impot)
