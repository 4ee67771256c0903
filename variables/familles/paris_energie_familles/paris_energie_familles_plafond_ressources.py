"""Paris Énergie Familles : plafond de revenus selon la taille de la famille."""

from openfisca_core.model_api import MONTH, Variable, select

from paris_droits.regles import Menage


class paris_energie_familles_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond de revenus mensuels déclarés de Paris Énergie Familles qui s'applique à la famille"
    reference = "Annexe au règlement municipal, 1er novembre 2019 : 2 000 € (1 enfant), 2 500 € (2 enfants), 5 000 € (3 enfants et plus ou enfant handicapé)"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        pef = parameters(period).familles.paris_energie_familles
        # "More than one child" is the two-children line of the grid (the three-children line is the majoration).
        plusieurs_enfants = menage("nombre_enfants_a_charge", period) > 1
        return select(
            [menage("paris_energie_familles_majoration", period), plusieurs_enfants],
            [pef.plafond_ressources_majore, pef.plafond_ressources_deux_enfants],
            default=pef.plafond_ressources_un_enfant,
        )
