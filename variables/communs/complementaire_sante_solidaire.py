"""Complémentaire santé solidaire (CSS) dont bénéficie le foyer."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class ComplementaireSanteSolidaire(Enum):
    aucune = "Pas de Complémentaire santé solidaire"
    gratuite = "Complémentaire santé solidaire sans participation financière (ex-CMU-C)"
    avec_participation = "Complémentaire santé solidaire avec participation financière (ex-ACS)"


class complementaire_sante_solidaire(Variable):
    # Source of the value: attestation de droits à la CSS (caisse d'assurance maladie), ou refus.
    # A national benefit, declared here and never recomputed.
    value_type = Enum
    possible_values = ComplementaireSanteSolidaire
    default_value = ComplementaireSanteSolidaire.aucune
    entity = Menage
    definition_period = MONTH
    label = "Complémentaire santé solidaire du demandeur et de son conjoint (aucune, gratuite ou avec participation)"
    reference = "Code de la sécurité sociale, art. L861-1 et L861-2 (Complémentaire santé solidaire, depuis le 1er novembre 2019)"
    set_input = set_input_fenetre_repete
