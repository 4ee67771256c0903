"""Paris Logement Familles Monoparentales : droit ouvert avant la règle de non-cumul des aides au logement de la Ville."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales_droit(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement Familles Monoparentales : montant mensuel auquel le ménage a droit, avant la règle de non-cumul avec PL et PLF"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2"
    unit = "currency-EUR"

    def formula(menage, period):
        eligible = menage("paris_logement_familles_monoparentales_eligible", period)
        return eligible * menage("paris_logement_familles_monoparentales_montant", period)
