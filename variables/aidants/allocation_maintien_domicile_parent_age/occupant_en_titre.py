"""Le demandeur ou le parent âgé hébergé est occupant en titre du logement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class occupant_en_titre(Variable):
    # Source of the value: bail, titre de propriété ou titre d'occupation. True by default: the person who
    # applies for a home-support aid usually holds the lease or owns the home; set it to false when
    # neither the applicant nor the hosted parent holds a title (hosted household).
    value_type = bool
    default_value = True
    entity = Menage
    definition_period = MONTH
    label = "Le demandeur ou le parent âgé hébergé est occupant en titre du logement (titulaire du bail ou propriétaire)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.5"
    set_input = set_input_fenetre_repete
