"""FAJP : le jeune n'a pas atteint le plafond d'aides cumulées sur trois ans."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_condition_plafond_trois_ans(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Fonds d'aide aux jeunes Parisiens : un jeune accompagné du ménage a reçu moins que le plafond "
        "d'aides cumulées sur trois ans"
    )
    reference = "Fonds d'aide aux jeunes Parisiens : 7 400 € au plus sur trois ans (Les Affiches parisiennes, 2015)"
    documentation = """
    Read as an implication: vacuously met when no member aged 18 to 25 is followed.
    """

    def formula(menage, period, parameters):
        plafond = parameters(period).jeunes.fonds_aide_jeunes_parisiens.plafond_total_3_ans
        membres = menage.members
        beneficiaire = membres("fonds_aide_jeunes_parisiens_beneficiaire", period)
        sous_plafond = membres("fonds_aide_jeunes_parisiens_percu_3_ans", period) < plafond
        return not_(menage.any(beneficiaire)) + menage.any(beneficiaire * sous_plafond)
