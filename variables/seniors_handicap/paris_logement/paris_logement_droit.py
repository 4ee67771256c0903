"""Paris Logement : droit ouvert avant la règle de non-cumul des aides au logement de la Ville."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_droit(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : montant mensuel auquel le ménage a droit, avant la règle de non-cumul avec PLF et PLFM"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_logement_eligible", period) * menage("paris_logement_montant", period)
