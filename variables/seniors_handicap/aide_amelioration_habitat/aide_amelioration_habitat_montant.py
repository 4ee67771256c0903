"""Aide à l'amélioration de l'habitat : plafond applicable aux travaux demandés."""

from openfisca_core.model_api import MONTH, Variable, max_, select

from paris_droits.regles import Menage


class aide_amelioration_habitat_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Aide à l'amélioration de l'habitat : montant maximal pour les travaux demandés (plafond des parties communes, ou le plus favorable des plafonds des parties privatives dont le ménage relève)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. a/3",
        "Annexe au règlement municipal, 1er novembre 2019 : 1 296 € (parties privatives, titres II et III), 1 068 € ou 2 135 € (familles de 1-2 ou 3 enfants et plus), 3 049 € (parties communes)",
    ]
    unit = "currency-EUR"
    documentation = """
    Discretionary one-off aid: the amount is set by the specialised service from the works' cost and
    the other financings (c/2), within a cap: the variable is the cap ("jusqu'à"). A household that
    is both senior or disabled and a family gets the more favourable private-parts cap. The cap may
    be exceeded for disability adaptation (a/3): not quantified, so not modelled. The family form's
    "enfant à charge au sens du Code de la sécurité sociale" (IV 2.6 b/2) is approximated by the
    règlement's dependent child (enfant_a_charge, fiscal definition): À VÉRIFIER for children of
    20 to 25.
    """

    def formula(menage, period, parameters):
        plafonds = parameters(period).seniors_handicap.aide_amelioration_habitat
        travaux = menage("aide_amelioration_habitat_travaux", period)
        natures = travaux.possible_values
        forme_agees_handicapees = menage("aide_amelioration_habitat_forme_personnes_agees_handicapees", period)
        privatives = max_(
            forme_agees_handicapees * plafonds.plafond_parties_privatives,
            plafonds.plafond_parties_privatives_familles.calc(menage("nombre_enfants_a_charge", period)),
        )
        return select(
            [travaux == natures.parties_privatives, travaux == natures.parties_communes],
            [privatives, plafonds.plafond_parties_communes],
            default=0,
        )
