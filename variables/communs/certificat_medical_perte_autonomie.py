"""Une attestation médicale de moins de 3 mois établit la perte d'autonomie ou le risque de la personne."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class certificat_medical_perte_autonomie(Variable):
    # Source of the value: attestation du médecin traitant.
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Une attestation médicale de moins de 3 mois conclut que la personne ne peut sortir seule ou accomplir seule un acte de la vie quotidienne, ou qu'elle est en situation de risque (isolement, santé)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 3 et titre III A art. 3 (attestation médicale de moins de 3 mois)"
    set_input = set_input_fenetre_repete
