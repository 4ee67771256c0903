"""Paris Logement : montant selon la composition du ménage, plafonné à la charge nette de logement."""

from openfisca_core.model_api import MONTH, Variable, min_, select

from paris_droits.regles import Menage, arrondi_centime


class paris_logement_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : montant mensuel selon la composition du ménage (84, 95 ou 116 €), "
        "dans la limite de la charge mensuelle nette de logement"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1 ; II 2.1 b/4 (plafonnement)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        pl = parameters(period).seniors_handicap.paris_logement
        type_menage = menage("paris_logement_type_menage", period)
        types = type_menage.possible_values
        bareme = select(
            [
                type_menage == types.personne_seule,
                type_menage == types.couple_sans_enfant,
                type_menage == types.couple_un_enfant,
            ],
            [pl.montant_personne_seule, pl.montant_couple_sans_enfant, pl.montant_couple_un_enfant],
            default=0,
        )
        return arrondi_centime(min_(bareme, menage("charge_logement_nette", period)))
