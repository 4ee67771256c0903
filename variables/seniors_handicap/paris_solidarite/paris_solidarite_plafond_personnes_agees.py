"""Plafond mensuel de Paris Solidarité pour les personnes âgées : valeur publiée par la Ville, puis revalorisation annuelle (ASPA)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, plafonds_revalorises


class paris_solidarite_plafond_personnes_agees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Plafond mensuel de Paris Solidarité et du Complément Santé Paris pour les personnes âgées (personne seule ou "
        "couple) : valeur publiée par la Ville, ou à défaut dernière valeur publiée revalorisée chaque 1er janvier "
        "par l'indice de l'ASPA de l'année précédente, arrondie à l'euro supérieur"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3 et b/5 ; II 1.2 b/3-b/4 (revalorisation au 1er janvier par l'indice de l'ASPA de l'année précédente, arrondi à l'euro immédiatement supérieur ; même règle dans les versions de 2018)",
        "RM2016, même titre, b/6 et b/4 : revalorisation par délibération du CASVP sur l'inflation hors tabac (valeurs publiées seulement)",
        "Annexes au règlement municipal (2018-2019) ; paris.fr ; openfisca-paris (valeurs publiées)",
    ]
    unit = "currency-EUR"
    documentation = """
    Before the year parameters say the rule starts (premiere_annee_calculee), the City's published
    value in force applies. From that year on, the last published value in force on 31 December of
    the year before is revalued on each 1 January by the index applied to the ASPA during the previous
    year (amount in force in December of the previous year over the amount in force in December of
    the year before that), rounded to the cent, then up to the next step (1 EUR): a published value
    always takes precedence, the rule only fills the years without one. The loop runs over calendar
    years (scalar parameters), not over households.
    """

    def formula(menage, period, parameters):
        pas = parameters(period).seniors_handicap.paris_solidarite.arrondi_revalorisation
        seule, couple = plafonds_revalorises(
            parameters, period, "seniors_handicap.paris_solidarite.personnes_agees", "communs.aspa.montant_personne_seule", pas
        )
        return where(menage("en_couple", period), couple, seule)
