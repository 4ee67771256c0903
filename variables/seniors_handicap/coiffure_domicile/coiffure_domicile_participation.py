"""Coiffure à domicile : participation du ménage pour la prestation demandée."""

from openfisca_core.model_api import MONTH, Variable, select

from paris_droits.regles import Menage, montant_de_la_tranche


class coiffure_domicile_participation(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile : participation payée pour la prestation demandée selon la tranche d'imposition du ménage"
    reference = [
        "Annexe au règlement municipal, 1er novembre 2019, II 4.4 et III 4.4",
        "Règlement municipal des aides sociales facultatives (RM2019), titres II et III 4.4 c/3",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grilles = parameters(period).seniors_handicap.coiffure_domicile
        tranche = menage("tranche_imposition_casvp", period)
        prestation = menage("coiffure_domicile_prestation", period)
        lignes = prestation.possible_values
        return select(
            [prestation == lignes.prestation_1, prestation == lignes.prestation_2, prestation == lignes.prestation_3],
            [
                montant_de_la_tranche(grilles.participation_prestation_1, tranche),
                montant_de_la_tranche(grilles.participation_prestation_2, tranche),
                montant_de_la_tranche(grilles.participation_prestation_3, tranche),
            ],
            default=montant_de_la_tranche(grilles.participation_prestation_4, tranche),
        )
