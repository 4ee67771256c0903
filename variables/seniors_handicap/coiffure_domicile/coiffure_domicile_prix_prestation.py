"""Coiffure à domicile : prix de référence de la prestation demandée (celui de la tranche E)."""

from openfisca_core.model_api import MONTH, Variable, select

from paris_droits.regles import Menage, montant_de_la_tranche, nombre_de_tranches


class coiffure_domicile_prix_prestation(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile : prix de référence de la prestation demandée, payé en entier par la tranche E"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.4 et III 4.4 (colonne « Prix coif. »)"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        grilles = parameters(period).seniors_handicap.coiffure_domicile
        prestation = menage("coiffure_domicile_prestation", period)
        lignes = prestation.possible_values
        derniere = nombre_de_tranches(grilles.participation_prestation_1)
        return select(
            [prestation == lignes.prestation_1, prestation == lignes.prestation_2, prestation == lignes.prestation_3],
            [
                montant_de_la_tranche(grilles.participation_prestation_1, derniere),
                montant_de_la_tranche(grilles.participation_prestation_2, derniere),
                montant_de_la_tranche(grilles.participation_prestation_3, derniere),
            ],
            default=montant_de_la_tranche(grilles.participation_prestation_4, derniere),
        )
