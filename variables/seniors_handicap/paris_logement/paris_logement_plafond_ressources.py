"""Paris Logement : plafond de ressources selon la composition du ménage."""

from openfisca_core.model_api import MONTH, Variable, where

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
        "Annexes au règlement municipal de 2018 et 2019 : « SMIC mensuel net (35 h) arrondi à la dizaine supérieure » pour la personne isolée et le couple sans enfant ; 1 600 € pour le couple avec un enfant",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        pl = parameters(period).seniors_handicap.paris_logement
        type_menage = menage("paris_logement_type_menage", period)
        couple_un_enfant = type_menage == type_menage.possible_values.couple_un_enfant
        return where(couple_un_enfant, pl.plafond_ressources_couple_un_enfant, menage("plafond_ressources_smic", period))
