"""La personne est inscrite comme demandeur d'emploi (France Travail ou organisme similaire) et n'est pas indemnisée."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class demandeur_emploi_non_indemnise(Variable):
    # Source of the value: avis de situation de France Travail (anciennement Pôle Emploi), qui
    # atteste l'inscription et l'absence d'indemnisation.
    value_type = bool
    default_value = False
    entity = Individu
    definition_period = MONTH
    label = "La personne est inscrite comme demandeur d'emploi (France Travail, anciennement Pôle Emploi, ou organisme similaire) et ne perçoit pas d'allocation chômage"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6 (enfant de moins de 25 ans demandeur d'emploi inscrit et non indemnisé)"
    documentation = """
    One declared fact, as France Travail's "avis de situation" states it (registration and no
    benefit). It is deliberately not derived from chomage_net: a household whose incomes are not
    given yet must not see its young children's status become uncertain.
    """
    set_input = set_input_fenetre_repete
