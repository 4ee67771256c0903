"""Ensemble des ressources personnelles d'une personne, hors ressources exclues."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, arrondi_centime


class ressources_personnelles(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Ensemble des ressources personnelles du mois, hors ressources exclues par le règlement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 5"
    unit = "currency-EUR"
    documentation = """
    Included: declared income (salaries, unemployment, pensions, invalidity, alimony, other) and
    the minima the person receives (AAH, ASPA). Excluded by the règlement and therefore absent from
    the inputs: grants, ASE allowances, family benefits, housing benefits, employer transport refund,
    retraite du combattant, honours pensions, third-person benefits, charity, municipal aids.
    """

    def formula(individu, period):
        return arrondi_centime(individu("revenus_declares", period) + individu("aah", period) + individu("aspa", period))
