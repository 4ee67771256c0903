"""Paris Logement : ressources réputées au moins égales au minimum vieillesse, pour les personnes âgées et handicapées seulement."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement_plancher_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : plancher des ressources retenues pour le taux d'effort, égal à l'ASPA (personne seule "
        "ou couple) quand le demandeur ou son conjoint est une personne âgée ou un adulte handicapé ; nul sinon"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3 et III 2.1 b/3 (« réputé être au moins égal à celui du minimum vieillesse »)",
        "RM2019 titres IV 2.3 b/3 et V 3.1 b/3 : pas de plancher (la phrase n'y figure pas) ; même rédaction dans les règlements de 2016 et 2018",
    ]
    unit = "currency-EUR"
    documentation = """
    The floor sentence is in the senior and disabled titles only (II 2.1 b/3, III 2.1 b/3), in every
    version read (2016, 2018, 2019). A couple with one child, or a Parisian in difficulty, who is
    neither senior nor disabled (IV 2.3, V 3.1) is assessed on the household's actual resources. A
    senior or disabled couple with one child falls under II 2.1 or III 2.1 (their a/1 covers couples
    with one dependent child) and keeps the floor.
    """

    def formula(menage, period, parameters):
        aspa = parameters(period).communs.aspa
        montant = where(menage("en_couple", period), aspa.montant_couple, aspa.montant_personne_seule)
        return menage("paris_logement_senior_ou_handicape", period) * montant
