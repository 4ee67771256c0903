"""Paris Logement : ressources réputées au moins égales au minimum vieillesse pour le taux d'effort."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement_plancher_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : plancher des ressources retenues pour le taux d'effort, égal à l'ASPA (personne seule "
        "ou couple) pour les personnes âgées ou handicapées et les couples avec un enfant ; nul sinon"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3 et III 2.1 b/3",
        "RM2019 IV 2.3 b/3 (plancher repris d'openfisca-paris, À VÉRIFIER)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        aspa = parameters(period).communs.aspa
        type_menage = menage("paris_logement_type_menage", period)
        couple_un_enfant = type_menage == type_menage.possible_values.couple_un_enfant
        applicable = menage("paris_logement_senior_ou_handicape", period) + couple_un_enfant
        montant = where(menage("en_couple", period), aspa.montant_couple, aspa.montant_personne_seule)
        return applicable * montant
