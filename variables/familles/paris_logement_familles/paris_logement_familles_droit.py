"""Paris Logement Familles : droit ouvert avant la règle de non-cumul des aides au logement de la Ville."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_droit(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles : montant mensuel auquel le ménage a droit, avant la règle de non-cumul avec PL et PLFM"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1"
    unit = "currency-EUR"

    def formula(menage, period):
        return menage("paris_logement_familles_eligible", period) * menage("paris_logement_familles_montant", period)
