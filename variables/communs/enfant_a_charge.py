"""L'enfant est à charge du ménage (définition fiscale reprise et complétée par le règlement municipal, IV A art. 6 à 8)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, Menage, a_le_role


class enfant_a_charge(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Enfant à charge du ménage"
    reference = [
        "Code général des impôts, art. 6-3 et 196",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6 à 8 (même rédaction en 2016 et 2018)",
    ]
    documentation = """
    Fiscal definition (IV A art. 6, first sentence): a minor, a child under 21 attached to the tax
    household, a student under 25, a disabled child. IV A art. 6 adds: a child under 25 registered as a
    job seeker and not indemnified (input demandeur_emploi_non_indemnise, one declared fact); that
    sentence is in every version read (2016, 2018, 2019) and is encoded from 1 February 2016, the
    oldest version read; before, the fiscal definition only (used by the canteen's older grids).
    """

    def formula(individu, period):
        # Before the oldest règlement read (1 February 2016): the fiscal definition only (the
        # canteen grid goes back to 2010).
        return individu("enfant_a_charge_au_sens_fiscal", period)

    def formula_2016_02_01(individu, period, parameters):
        # RM2016 to RM2019, IV A art. 6, second sentence: a child under 25 registered as a job
        # seeker and not indemnified is also dependent.
        limite = parameters(period).communs.enfant_a_charge.age_limite_demandeur_emploi
        demandeur_emploi = individu("demandeur_emploi_non_indemnise", period) * (individu("age", period) < limite)
        return individu("enfant_a_charge_au_sens_fiscal", period) + a_le_role(individu, Menage.ENFANT) * demandeur_emploi
