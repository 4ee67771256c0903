"""Le demandeur ou son conjoint paie une cotisation de complémentaire santé."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class cotise_complementaire_sante(Variable):
    # Source of the value: attestation d'adhésion ou échéancier de la mutuelle / de l'organisme
    # complémentaire, montrant une cotisation effectivement payée (déclaratif, justificatif).
    # Default true: the aid is asked for with the paid membership's proof (b/2), so a household
    # applying for it is a member; set it false for a household without a paid complementary
    # health insurance. The registry item is not presumed: evaluer still asks for the proof.
    value_type = bool
    default_value = True
    entity = Menage
    definition_period = MONTH
    label = (
        "Le demandeur ou son conjoint adhère à une mutuelle ou complémentaire santé et en paie la cotisation"
    )
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/2 et titre III 1.2 b/2"
    )
    set_input = set_input_fenetre_repete
