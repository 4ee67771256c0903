"""FAJP : le jeune est en difficulté et accompagné par la Mission locale ou un travailleur social."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class fonds_aide_jeunes_parisiens_condition_accompagnement(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Fonds d'aide aux jeunes Parisiens : un jeune de 18 à 25 ans du ménage est en difficulté et "
        "accompagné par la Mission locale ou un travailleur social"
    )
    reference = "Code de l'action sociale et des familles, art. L263-15 ; Mission locale de Paris, FAJP"
    documentation = """
    Read as an implication so that each condition fails on its own: vacuously met when no member
    is aged 18 to 25 (the age condition reports it).
    """

    def formula(menage, period):
        aucun_jeune = not_(menage("fonds_aide_jeunes_parisiens_condition_age", period))
        return aucun_jeune + menage.any(menage.members("fonds_aide_jeunes_parisiens_beneficiaire", period))
