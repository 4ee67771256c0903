"""Plafond municipal : SMIC mensuel net (35 h) arrondi à la dizaine supérieure (annexes II 2.1 b/2, III 2.1 b/2, IV 2.2 a/2, V 3.1 b/2)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_au_pas_superieur


class plafond_ressources_smic(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond municipal fondé sur le SMIC : SMIC mensuel net sur la base de 35 heures hebdomadaires, arrondi à la dizaine supérieure"
    reference = [
        "Annexes au règlement municipal du 1er janvier 2018 au 1er novembre 2019, lignes II 2.1 b/2, III 2.1 b/2, IV 2.2 a/2 et V 3.1 b/2",
        "Règlement municipal des aides sociales facultatives (RM2016, RM2019), titres II 2.1 b/2, III 2.1 b/2, IV 2.2 a/2 et V 3.1 b/2",
    ]
    unit = "currency-EUR"
    documentation = """
    Rounded UP to the next multiple of the step (10 EUR); a net SMIC already on a multiple stays.
    Computed on cent-rounded float64 amounts so that 1 210.00 gives 1 210 and 1 400.01 gives 1 410
    whatever the float error of the division: the multiple below is taken, then one step is added
    when a remainder of at least one cent is left.
    """

    def formula(menage, period, parameters):
        communs = parameters(period).communs
        return menage.filled_array(arrondi_au_pas_superieur(communs.smic.net_mensuel, communs.plafond_ressources_smic.pas_arrondi))
