"""Paris Logement Familles Monoparentales : acquitter une charge de logement (locataire, accédant ou propriétaire)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_logement_familles_monoparentales_condition_charge_logement(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement Familles Monoparentales : acquitter une charge de logement (loyer et charges du "
        "locataire, mensualités et charges de copropriété de l'accédant, charges de copropriété du propriétaire)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2 b (mêmes conditions de logement que IV 2.1 b/2)"

    def formula(menage, period):
        return menage("charge_logement_familles", period) > 0
