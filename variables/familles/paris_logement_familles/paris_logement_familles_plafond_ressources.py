"""Paris Logement Familles : plafond de revenus selon le nombre d'enfants et le handicap."""

from openfisca_core.model_api import MONTH, Variable, max_, where

from paris_droits.regles import Menage


class paris_logement_familles_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement Familles : plafond de revenus mensuels déclarés (2 000 € pour deux enfants, 5 000 € "
        "pour trois enfants et plus ou un enfant handicapé)"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 (plafonds de revenus)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plf = parameters(period).familles.paris_logement_familles
        enfants = menage("nombre_enfants_a_charge", period)
        handicape = menage("nombre_enfants_handicapes", period) >= plf.nombre_enfants_handicapes_minimum
        famille_nombreuse = enfants >= plf.nombre_enfants_famille_nombreuse
        selon_enfants = where(famille_nombreuse, plf.plafond_ressources_trois_enfants, plf.plafond_ressources_deux_enfants)
        return max_(selon_enfants, handicape * plf.plafond_ressources_enfant_handicape)
