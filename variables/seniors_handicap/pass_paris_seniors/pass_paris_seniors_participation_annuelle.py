"""Pass Paris Seniors : participation annuelle du bénéficiaire (selon l'impôt jusqu'en mai 2018, gratuité ensuite)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, montant_de_la_tranche, tranche_par_bornes_hautes


class pass_paris_seniors_participation_annuelle(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Pass Paris Seniors : participation annuelle du bénéficiaire au forfait Navigo toutes zones (selon l'impôt sur le revenu jusqu'en mai 2018, nulle depuis juin 2018)"
    reference = [
        "Règlement municipal des aides sociales facultatives, 1er février 2016 et 1er avril 2018, titre II 3.1 a/2 (participation selon l'imposition, la catégorie et les zones ; annexes de 2018)",
        "Règlement municipal au 1er juin 2018 et RM2019, titre II 3.1 a/2 (« délivré gratuitement »)",
    ]
    unit = "currency-EUR"
    documentation = """
    Until May 2018 (RM2016, RM of 1 April 2018): the all-zones participation by the fiscal household's
    income tax, read from the annexes of January to May 2018 (scale with inclusive upper bounds).
    From 1 June 2018 (RM of 1 June 2018, RM2019): free.
    """

    def formula(menage, period, parameters):
        grille = parameters(period).seniors_handicap.pass_paris_seniors.participation_annuelle_par_impot
        impot = menage("pass_paris_seniors_base_ressources", period)
        return montant_de_la_tranche(grille, tranche_par_bornes_hautes(grille, impot))

    def formula_2018_06_01(menage, period, parameters):
        return menage.filled_array(parameters(period).seniors_handicap.pass_paris_seniors.participation_annuelle)
