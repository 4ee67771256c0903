"""Le ménage a des impayés de loyer ou de charges de logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class impayes_logement(Variable):
    # Source of the value: attestation d'absence d'impayé from the landlord or the syndic. Default false.
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a des impayés de loyer, de charges ou de remboursement de prêt pour son logement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/6 et titre IV 2.1 b/5 (absence d'impayé)"
    default_value = False
    set_input = set_input_fenetre_repete
