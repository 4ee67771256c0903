"""Quartiers Libres : un membre du ménage a de 16 à 30 ans."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class quartiers_libres_public(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Quartiers Libres : au moins un membre du ménage a de 16 à 30 ans inclus (public de la subvention, aide non encodée)"
    reference = "Ville de Paris, « Quartiers Libres – Règlement » (16 à 30 ans) ; délibération 2021 DJS 165"
    documentation = """
    Only the public of this selective subsidy is encoded, so that evaluer can name it to the
    households it may concern; the amount (500 € to 1 500 €) is decided by a City commission.
    """

    def formula(menage, period, parameters):
        bornes = parameters(period).jeunes.quartiers_libres
        age = menage.members("age", period)
        return menage.any((age >= bornes.age_minimum) * (age <= bornes.age_maximum))
