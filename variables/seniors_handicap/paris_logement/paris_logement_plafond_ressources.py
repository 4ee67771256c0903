"""Paris Logement : plafond de ressources selon la composition du ménage."""

from openfisca_core.model_api import MONTH, Variable, select

from paris_droits.regles import Menage


class paris_logement_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : plafond de ressources mensuelles (SMIC net arrondi à la dizaine supérieure pour une "
        "personne seule ou un couple sans enfant ; 1 600 € pour un couple avec un enfant)"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/2, III 2.1 b/2 et V 3.1 b/2 ; titre IV 2.3 (couple avec un enfant)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        smic = parameters(period).communs.plafond_ressources_smic
        pl = parameters(period).seniors_handicap.paris_logement
        type_menage = menage("paris_logement_type_menage", period)
        types = type_menage.possible_values
        return select(
            [type_menage == types.couple_sans_enfant, type_menage == types.couple_un_enfant],
            [smic.couple, pl.plafond_ressources_couple_un_enfant],
            default=smic.personne_seule,
        )
