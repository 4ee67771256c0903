"""Paris Pass Familles : au moins trois enfants à charge, ou un enfant handicapé à charge."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_pass_familles_condition_enfants(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Pass Familles : avoir au moins trois enfants à charge, ou au moins un enfant handicapé à charge"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.1 a/1",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6 à 8 (enfant à charge, enfant handicapé)",
    ]
    documentation = """
    Children entitled to the ASPEH pro rata (a disabled child living in an institution) count as
    dependent (IV 1.1 a/1): enfant_a_charge already keeps such a child. No income condition.
    """

    def formula(menage, period, parameters):
        minimum = parameters(period).familles.paris_pass_familles.nombre_enfants_minimum
        nombreuse = menage("nombre_enfants_a_charge", period) >= minimum
        return nombreuse + (menage("nombre_enfants_handicapes", period) > 0)
